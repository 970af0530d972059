/** The drawn signature as a PNG file, ready for `POST /files`. */
export function canvasPng(canvas: HTMLCanvasElement, name = 'signature.png'): Promise<File> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) reject(new Error('canvas gave no image'));
      else resolve(new File([blob], name, { type: 'image/png' }));
    }, 'image/png');
  });
}

/** Sizes the canvas for the screen's pixel ratio, so strokes are sharp on a phone; clears it. */
export function fitCanvas(canvas: HTMLCanvasElement): void {
  const ratio = Math.max(window.devicePixelRatio || 1, 1);
  const { width, height } = canvas.getBoundingClientRect();
  if (width === 0 || height === 0) return;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  canvas.getContext('2d')?.scale(ratio, ratio);
}
