// The overlay's CSS lives inside its closed shadow root: the page's CSS cannot
// reach it, and ours cannot reach the page.
export const OVERLAY_CSS = `
:host { all: initial; }
.root { position: fixed; inset: 0; pointer-events: none;
  font: 12px/1.4 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; }
.msg { position: fixed; max-width: calc(100vw - 8px); pointer-events: auto; background: #fff;
  border: 1px solid #d0d7de; border-left-width: 4px; border-radius: 4px;
  box-shadow: 0 2px 6px rgba(0,0,0,.15); padding: 3px 6px; box-sizing: border-box; }
.msg.error { border-left-color: #cf222e; }
.msg.warning { border-left-color: #bf8700; }
.line { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.line + .line { margin-top: 3px; padding-top: 3px; border-top: 1px dashed #eaeef2; }
.sev { font-weight: 600; }
.error .sev, .sev.error { color: #cf222e; }
.warning .sev, .sev.warning { color: #9a6700; }
.marker { position: fixed; width: 14px; height: 14px; box-sizing: border-box; border-radius: 50%;
  pointer-events: auto; font: 700 10px/14px system-ui, sans-serif; text-align: center; color: #fff;
  cursor: default; user-select: none; }
.marker.error { background: #cf222e; }
.marker.warning { background: #bf8700; }
kbd { margin-left: 4px; font: 10px/1 ui-monospace, monospace; color: #57606a; }
.rule { color: #8c959f; font-size: 10px; }
button { font: inherit; cursor: pointer; border-radius: 4px; }
.fix { border: 1px solid #1a7f37; background: #dafbe1; color: #116329; padding: 0 6px; }
.fix:focus-visible, .badge:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.badge { position: fixed; left: 0; top: 0; pointer-events: auto; border: 1px solid #d0d7de; background: #fff;
  box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: 6px 10px; font-weight: 600; }
.badge .e { color: #cf222e; }
.badge .w { color: #9a6700; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
