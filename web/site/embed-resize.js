// Parent-side snippet for the iframe embed: sizes every
// <iframe data-which-backend> to the height its page reports. Only messages
// from one of those iframes are used, and only a plain number is read.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'which-backend:height' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe[data-which-backend]')) {
    if (frame.contentWindow === event.source)
      frame.style.height = `${Math.max(0, Math.ceil(data.height))}px`;
  }
});
