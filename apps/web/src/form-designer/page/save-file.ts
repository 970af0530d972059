/** The JSON Schema's file name beside the types' one: `leave.v3.d.ts` → `leave.v3.schema.json`. */
export function schemaFileName(typesFileName: string): string {
  const base = typesFileName.replace(/\.d\.ts$/, '').replace(/\.ts$/, '');
  return `${base || 'form'}.schema.json`;
}

/** Hands a text to the browser as a download, without a round trip: the answer is already here. */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // revoked after the click has been handled; some browsers read the URL asynchronously
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
