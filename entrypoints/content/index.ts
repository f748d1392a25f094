export default defineContentScript({
  matches: ['*://*.nmec.org.cn/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_end',
  main() {},
});
