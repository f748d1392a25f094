// Background → content script, for the context-menu entry (issue 7 item 1).
// JSON only (PLAN.md "Messages between contexts").
export interface TeachOpenMessage {
  type: 'teach:open';
}
export type TeachMessage = TeachOpenMessage;
