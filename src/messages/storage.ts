// Messages of the backup area: typed requests and responses, JSON-only
// payloads, routed by src/messages/bus.ts.
//
// content → background (bus `send`):
//   storage:snapshot  the recognized values of a page, merged into the profile
//   storage:hello     a platform tab registers itself, so the options
//                     page can restore into it without the `tabs` permission
// extension page → background:
//   storage:tabs      the registered platform tabs that answer now
//   storage:frames    the registered frames of one tab (popup: its own tab)
// extension page → content (bus `sendToTab`):
//   backup:ping / backup:preview / backup:apply / backup:collect
import type { LocalText } from '../rules/types';
import type { GroupId } from '../rules/catalogue';
import type { Profile, ProfilePatch, RowGroupId } from '../profile';

export interface SnapshotRequest {
  type: 'storage:snapshot';
  patch: ProfilePatch;
  host: string;
  /**
   * This page load (one per content-script session): saves of one page load
   * may update their own snapshot; another page load starts a new one.
   */
  page?: string;
  /** Why the page saved: typing (throttled), leaving the page, submitting. */
  reason: 'input' | 'pagehide' | 'submit' | 'manual';
}
export type SnapshotResponse =
  { ok: true; id: number; changed: boolean } | { ok: false; error: string };

/** Sent by every frame's content script; the background records the frame id the sender has. */
export interface HelloRequest {
  type: 'storage:hello';
  url: string;
  title: string;
  fieldCount: number;
}
export interface TabsRequest {
  type: 'storage:tabs';
}
export interface PlatformTab {
  tabId: number;
  url: string;
  title: string;
  fieldCount: number;
  /** Frames of the tab whose content script registered (0 = top). Restore talks to each. */
  frames: number[];
}
export interface FramesRequest {
  type: 'storage:frames';
  tabId: number;
}
export interface FramesResponse {
  frames: number[];
}
export interface TabsResponse {
  tabs: PlatformTab[];
}

export type BackgroundRequest = SnapshotRequest | HelloRequest | TabsRequest | FramesRequest;

// --- to the content script of a tab ---

export interface PingRequest {
  type: 'backup:ping';
}
export interface PingResponse {
  type: 'backup:pong';
  url: string;
  title: string;
  fieldCount: number;
}

export interface PreviewRequest {
  type: 'backup:preview';
  profile: Profile;
  overwrite: boolean;
}
export interface ApplyRequest {
  type: 'backup:apply';
  profile: Profile;
  overwrite: boolean;
}
export interface CollectRequest {
  type: 'backup:collect';
}

/** What restore does with one field (by default only empty fields are filled). */
export type RestoreAction = 'fill' | 'overwrite' | 'keep' | 'same';

export interface RestoreItem {
  key: string;
  group: GroupId;
  row?: number;
  label: LocalText;
  /** Value now on the page. */
  current: string;
  /** Value the snapshot has. */
  next: string;
  action: RestoreAction;
  /**
   * The value on the page is the page's own (a preselected option, a prefilled
   * value the candidate has not touched): it counts as empty and is replaced.
   */
  pageDefault?: boolean;
}

/** One field in restore's result, by name. */
export interface RestoreOutcome {
  key: string;
  row?: number;
  label: LocalText;
  /** filled/kept/flagged: what the page shows now; failed: the value restore tried to put. */
  value: string;
}

export interface FlaggedOutcome extends RestoreOutcome {
  /** Who still marks the field: the page's own validation, our rules, or both. */
  by: ('page' | 'rules')[];
}

export interface MissingRows {
  group: RowGroupId;
  groupLabel: LocalText;
  /** Rows the page shows now. */
  onPage: number;
  /** Rows the snapshot has. */
  inSnapshot: number;
}

export interface RestorePlan {
  items: RestoreItem[];
  /** Groups where the candidate must press the page's "+" first (we never click it). */
  missingRows: MissingRows[];
}

export interface PreviewResponse {
  type: 'backup:plan';
  plan: RestorePlan;
}
export interface ApplyResponse {
  type: 'backup:applied';
  plan: RestorePlan;
  written: number;
  /** Fields restore wrote and the page shows now (read back after the writes). */
  filled: RestoreOutcome[];
  /** Fields left as they were: the candidate's own value is on the page. */
  kept: RestoreOutcome[];
  /** Fields whose value could not be set (e.g. an option text the page does not offer). */
  failed: RestoreOutcome[];
  /** Fields of the snapshot still marked wrong after the re-check, by the page or the rules. */
  flagged: FlaggedOutcome[];
  /** Time the writes took in the page (before the re-check), ms (bench: restore of a full profile ≤ 100 ms). */
  ms: number;
  /** Findings after the re-check. */
  errors: number;
  warnings: number;
}
export interface CollectResponse {
  type: 'backup:collected';
  patch: ProfilePatch;
}
