/**
 * Offers bytes as a file download from the pane: a Blob behind an object URL and a link with `download`,
 * clicked once. The URL is released a minute later (the browser has started the download by then).
 */
export type SaveFile = (bytes: Uint8Array, fileName: string, mime: string) => void;

export const saveFile: SaveFile = (bytes, fileName, mime) => {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }
};
