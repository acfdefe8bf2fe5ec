/**
 * Saves text as a file through a Blob and <a download>: the same in the Electron window and in a
 * browser, with no file-system access in the renderer. CSV gets a BOM so Excel reads UTF-8 (é, ’).
 */
export function downloadText(fileName: string, mimeType: string, content: string): void {
  const bom = mimeType === 'text/csv' ? '\uFEFF' : '';
  const blob = new Blob([bom, content], { type: `${mimeType};charset=utf-8` });
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
