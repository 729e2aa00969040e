/**
 * Hands a text to the browser as a file to save (the editor's file, an exported audit): a link to
 * it as a Blob, clicked once; its object URL is freed ten seconds later, once the download has
 * started.
 */
export function offerDownload(text: string, type: string, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
