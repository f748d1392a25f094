// The one messaging layer between the extension's contexts (background,
// extension pages, content scripts): every message type with its request and
// response, declared once; `answer()` registers handlers by type (one listener,
// removed by a signal), `send()`/`sendToTab()` send typed requests. A context
// answers only the types it has a handler for; a handler returning undefined
// lets another frame or context answer. Messages are JSON (engineering notes:
// a Blob arrives as {}). Payloads from other contexts are still checked where
// they are used (a profile by its shape, a lazy part against the known files).
import { browser, type Browser } from 'wxt/browser';
import type { InjectRequest, InjectResponse } from './lazy';
import type { PageStatusRequest, PageStatusResponse } from './page';
import type {
  ApplyRequest,
  ApplyResponse,
  CollectRequest,
  CollectResponse,
  FramesRequest,
  FramesResponse,
  HelloRequest,
  PingRequest,
  PingResponse,
  PreviewRequest,
  PreviewResponse,
  SnapshotRequest,
  SnapshotResponse,
  TabsRequest,
  TabsResponse,
} from './storage';
import type { TeachOpenMessage } from './teach';

/** Message type → [request, response]. */
export interface Protocol {
  // popup → content script (top frame)
  'page:status': [PageStatusRequest, PageStatusResponse];
  // background (context menu) → content script of one frame
  'teach:open': [TeachOpenMessage, void];
  // extension pages / background → content scripts
  'backup:ping': [PingRequest, PingResponse];
  'backup:preview': [PreviewRequest, PreviewResponse];
  'backup:apply': [ApplyRequest, ApplyResponse];
  'backup:collect': [CollectRequest, CollectResponse];
  // content scripts / extension pages → background
  'storage:snapshot': [SnapshotRequest, SnapshotResponse];
  'storage:hello': [HelloRequest, void];
  'storage:tabs': [TabsRequest, TabsResponse];
  'storage:frames': [FramesRequest, FramesResponse];
  'lazy:inject': [InjectRequest, InjectResponse];
}

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Protocol[T][0];
export type ResponseOf<T extends MessageType> = Protocol[T][1];
export type Sender = Browser.runtime.MessageSender;

export type Handler<T extends MessageType> = (
  request: RequestOf<T>,
  sender: Sender,
) => Promise<ResponseOf<T>> | ResponseOf<T> | undefined;
export type Handlers = { [T in MessageType]?: Handler<T> };

function typeOf(message: unknown): MessageType | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? (type as MessageType) : undefined;
}

/**
 * The answer of `handlers` to one message: undefined when none of them takes
 * its type (or the handler declines). A handler's error is answered as no
 * answer (it never reaches the sender's page).
 */
export function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: Sender,
): Promise<unknown> | undefined {
  const type = typeOf(message);
  if (!type || !Object.hasOwn(handlers, type)) return undefined;
  try {
    const result = (handlers[type] as Handler<MessageType>)(
      message as RequestOf<MessageType>,
      sender,
    );
    return result === undefined ? undefined : Promise.resolve(result);
  } catch (error) {
    console.debug('[exam-assist] message', type, error);
    return undefined;
  }
}

/** Answers the given message types in this context until `signal` aborts. */
export function answer(handlers: Handlers, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  const listener = (message: unknown, sender: Sender): Promise<unknown> | undefined =>
    dispatch(handlers, message, sender);
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}

/** To the background (and extension pages); undefined when nobody answered. */
export function send<T extends MessageType>(
  request: RequestOf<T> & { type: T },
): Promise<ResponseOf<T> | undefined> {
  return browser.runtime.sendMessage(request) as Promise<ResponseOf<T> | undefined>;
}

/** To the content script of one frame of a tab (frame 0 = top). */
export function sendToTab<T extends MessageType>(
  tabId: number,
  request: RequestOf<T> & { type: T },
  frameId = 0,
): Promise<ResponseOf<T> | undefined> {
  return browser.tabs.sendMessage(tabId, request, { frameId }) as Promise<
    ResponseOf<T> | undefined
  >;
}
