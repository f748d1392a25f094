// Everything the page can trigger runs inside guard(): no error of ours ever
// reaches the page (docs/page-assist.md).
export function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      // Keep a trace for us, never a page error.
      try {
        console.debug('[exam-assist]', error);
      } catch {
        /* nothing */
      }
    }
  };
}
