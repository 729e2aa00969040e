/**
 * Photos for evidence, made small before they are stored: a phone's 12-megapixel picture
 * (3–5 MB) becomes a JPEG of at most 1600 px on its long edge (~200–400 KB). Re-encoding also
 * drops the camera's metadata (location), and turns the picture upright (EXIF orientation).
 */

/** Options for drawing: white under transparent pixels (JPEG has no alpha), best resampling. */
function draw(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  image: CanvasImageSource,
  width: number,
  height: number,
): void {
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, width, height);
}

interface Decoded {
  image: CanvasImageSource;
  width: number;
  height: number;
  close(): void;
}

async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { image: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
    } catch {
      // Fall through: some browsers decode more formats through <img> than createImageBitmap.
    }
  }
  if (typeof document === 'undefined') throw new Error('The image cannot be read: this browser does not decode it.');
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return { image: img, width: img.naturalWidth, height: img.naturalHeight, close: () => URL.revokeObjectURL(url) };
  } catch {
    URL.revokeObjectURL(url);
    throw new Error(
      'The image cannot be read: it is not a picture this browser can open (HEIC photos need a browser that reads HEIC).',
    );
  }
}

/** The size that fits within maxEdge × maxEdge, keeping the aspect ratio; never enlarges. */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * The picture as a JPEG (quality 0–1) no larger than maxEdge pixels on its long edge. Uses
 * createImageBitmap and an OffscreenCanvas where there are (a <canvas> otherwise). Rejects when
 * the file is not an image the browser can decode.
 */
export async function downscale(file: Blob, maxEdge = 1600, quality = 0.8): Promise<Blob> {
  const decoded = await decode(file);
  try {
    const { width, height } = fitWithin(decoded.width, decoded.height, maxEdge);
    if (typeof OffscreenCanvas === 'function') {
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d');
      if (ctx) {
        draw(ctx, decoded.image, width, height);
        return await canvas.convertToBlob({ type: 'image/jpeg', quality });
      }
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('The image cannot be resized: no 2D canvas in this browser.');
    draw(ctx, decoded.image, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded as JPEG.'))),
        'image/jpeg',
        quality,
      ),
    );
  } finally {
    decoded.close();
  }
}
