// The widget adapters, one list (docs/page-assist.md "Widget adapters"). A
// control no adapter claims is a native one (src/page/values.ts).
import type { Control } from './dom';
import {
  elementCheckbox,
  elementDatePicker,
  elementPlusSelect,
  elementRadio,
  elementUiSelect,
} from './element';
import { antdCheckbox, antdDatePicker, antdRadio, antdSelect } from './antd';
import { layuiCheckbox, layuiDate, layuiRadio, layuiSelect } from './layui';
import type { WidgetAdapter } from './types';

export type { WidgetAdapter } from './types';
export type { Control } from './dom';
export { isShown } from './dom';

export const WIDGET_ADAPTERS: readonly WidgetAdapter[] = [
  elementPlusSelect,
  elementUiSelect,
  elementDatePicker,
  elementRadio,
  elementCheckbox,
  layuiSelect,
  layuiRadio,
  layuiCheckbox,
  layuiDate,
  antdSelect,
  antdRadio,
  antdCheckbox,
  antdDatePicker,
];

/** The library adapter that claims `el`, if any (undefined: a native control). */
export function widgetOf(el: Control): WidgetAdapter | undefined {
  for (const adapter of WIDGET_ADAPTERS) if (adapter.owns(el)) return adapter;
  return undefined;
}

/** Popups of the libraries, while shown: our messages keep clear of them. */
export const POPUP_SELECTOR = [
  '.el-select-dropdown',
  '.el-picker-panel',
  '.el-popper',
  '.layui-form-selected > dl',
  '.layui-select-panel-wrap',
  '.layui-laydate',
  '.ant-select-dropdown',
  '.ant-picker-dropdown',
].join(',');
