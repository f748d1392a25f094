// A stand-in for the extension API in the page's main world (tests/bench/content.bench.ts):
// lets the content script's features run as a plain page script, so the bench can
// read the page session's counters. Messages go nowhere; storage is empty.
const event = () => ({ addListener() {}, removeListener() {}, hasListener: () => false });
const area = {
  get: async () => ({}),
  set: async () => undefined,
  remove: async () => undefined,
  onChanged: event(),
};

export const browser = {
  runtime: {
    id: 'bench',
    onMessage: event(),
    sendMessage: async () => undefined,
    getURL: (p: string) => p,
  },
  storage: { local: area, session: area, sync: area, managed: area, onChanged: event() },
  tabs: { sendMessage: async () => undefined },
  i18n: { getUILanguage: () => 'zh-CN' },
};
export default browser;
