/**
 * Hands bytes to the browser as a download through a temporary link: the content is already here
 * (a review built on this side, an export the API answered as base64), so no second request.
 */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // revoked after the click has been handled; some browsers read the URL asynchronously
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveTextFile(fileName: string, text: string, type: string): void {
  saveBlob(fileName, new Blob([text], { type }));
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file the API sent as base64 (an org export, an import template). */
export function saveBase64File(fileName: string, contentBase64: string, type = XLSX_TYPE): void {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  saveBlob(fileName, new Blob([bytes], { type }));
}
