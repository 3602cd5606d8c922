/** Offers text as a file download, from memory: it works when the browser's storage does not. */
export function downloadText(filename: string, text: string): void {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	a.download = filename;
	a.click();
	// revoked after the click has started the download, not before
	setTimeout(() => URL.revokeObjectURL(a.href), 0);
}
