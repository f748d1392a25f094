import type { Control } from './dom';

/**
 * One widget library's controls (docs/page-assist.md "Widget adapters"). The
 * collector finds every native control; an adapter claims the ones its library
 * draws over (element-plus's readonly select input, layui's hidden <select>),
 * reads the value a person sees, and writes like a person: open the dropdown,
 * click the option; click the radio's label; type into the picker, confirm.
 * Changes the library makes without a native event are noticed by re-reading
 * the claimed controls after each click, key and focus change
 * (src/page/widget-watch.ts).
 */
export interface WidgetAdapter {
  readonly name: string;
  /** `el` is this library's control. */
  owns(el: Control): boolean;
  /** The value a person sees: the chosen option's text, the checked radio's label, the picker's text. */
  read(el: Control): string;
  /** Writes as a person would; true once the widget shows the value. */
  write(el: Control, value: string): Promise<boolean>;
  /** What a person sees of the control when the native one is hidden (layui): messages sit next to it. */
  box?(el: Control): Element | null;
}
