// Background → content script, for the context-menu entry.
// JSON only (sent through src/messages/bus.ts).
export interface TeachOpenMessage {
  type: 'teach:open';
}
