// @vitest-environment happy-dom
// Widget adapters on the markup the libraries render (copied from element-plus
// 2.14, element-ui 2.15, layui 2.13 and ant-design-vue 4.2 pages): the value a person sees is read,
// not the native control's, and nameless element-ui radios are one field.
import { afterEach, describe, expect, it } from 'vitest';
import { detectFields, readFieldValue } from '../../../src/page';
import { widgetOf } from '../../../src/page/widgets';

afterEach(() => {
  document.body.innerHTML = '';
});

const EP_SELECT = (shown: string, placeholder: boolean) => `
<div class="el-form-item"><label class="el-form-item__label" for="s1">证书类型</label>
<div class="el-form-item__content"><div class="el-select"><div class="el-select__wrapper">
<div class="el-select__selection"><div class="el-select__selected-item el-select__input-wrapper">
<input type="text" class="el-select__input" readonly role="combobox" aria-controls="l1" id="s1" value=""></div>
<div class="el-select__selected-item el-select__placeholder${placeholder ? ' is-transparent' : ''}">
  <span>${shown}</span></div>
</div></div></div></div></div>`;

describe('widget adapters', () => {
  it('element-plus el-select: the chosen label, "" while the placeholder shows', () => {
    document.body.innerHTML = EP_SELECT('执业助理医师(乡镇)', false);
    const input = document.getElementById('s1') as HTMLInputElement;
    expect(widgetOf(input)?.name).toBe('element-plus select');
    expect(input.value).toBe('');
    expect(readFieldValue(input)).toBe('执业助理医师(乡镇)');
    document.body.innerHTML = EP_SELECT('请选择', true);
    expect(readFieldValue(document.getElementById('s1') as HTMLInputElement)).toBe('');
  });

  it('element-ui radios without a name are one 性别 field read by the checked label', () => {
    document.body.innerHTML = `
<div class="el-form-item"><label class="el-form-item__label">性别</label>
<div class="el-form-item__content"><div role="radiogroup" class="el-radio-group">
<label role="radio" class="el-radio"><span class="el-radio__input"><input type="radio"
  class="el-radio__original" value="1"></span><span class="el-radio__label">男</span></label>
<label role="radio" class="el-radio"><span class="el-radio__input"><input type="radio"
  class="el-radio__original" value="2"></span><span class="el-radio__label">女</span></label>
</div></div></div>`;
    const fields = detectFields(document);
    expect(fields.map((f) => f.key)).toEqual(['sex']);
    const radios = document.querySelectorAll<HTMLInputElement>('input[type=radio]');
    radios[1]!.checked = true;
    expect(readFieldValue(fields[0]!.element)).toBe('女');
  });

  it('layui: the drawn select title and the radio title, not the hidden codes', () => {
    document.body.innerHTML = `
<form class="layui-form">
<div class="layui-form-item"><label class="layui-form-label">在岗情况</label><div class="layui-input-block">
<select name="onDuty"><option value="">请选择</option><option value="02" selected>在职</option></select>
<div class="layui-unselect layui-form-select"><div class="layui-select-title"><input type="text"
  placeholder="请选择" value="在职" readonly class="layui-input layui-unselect"></div>
<dl class="layui-anim layui-anim-upbit"><dd lay-value="02" class="layui-this">在职</dd></dl></div></div></div>
<div class="layui-form-item"><label class="layui-form-label">性别</label><div class="layui-input-block">
<input type="radio" name="sex" value="1" title="男"><div class="layui-unselect layui-form-radio"><i
  class="layui-anim layui-icon"></i><div>男</div></div>
<input type="radio" name="sex" value="2" title="女" checked><div
  class="layui-unselect layui-form-radio layui-form-radioed"><i class="layui-anim layui-icon"></i><div>女</div></div>
</div></div></form>`;
    const select = document.querySelector('select')!;
    expect(widgetOf(select)?.name).toBe('layui select');
    expect(readFieldValue(select)).toBe('在职');
    const radio = document.querySelector<HTMLInputElement>('input[value="1"]')!;
    expect(readFieldValue(radio)).toBe('女');
  });

  it('layui laydate: the box laydate marked (lay-key) is claimed and read as its text', () => {
    document.body.innerHTML = `
<form class="layui-form">
<div class="layui-form-item"><label class="layui-form-label">发证年月</label><div class="layui-input-block">
<input type="text" class="layui-input" lay-key="2" value="2027-03"></div></div>
<div class="layui-form-item"><label class="layui-form-label">证书编号</label><div class="layui-input-block">
<input type="text" class="layui-input"></div></div></form>`;
    const [picker, plain] = document.querySelectorAll<HTMLInputElement>('input');
    expect(widgetOf(picker!)?.name).toBe('layui laydate');
    expect(readFieldValue(picker!)).toBe('2027-03');
    expect(widgetOf(plain!)).toBeUndefined();
  });

  const ANTD_ITEM = (label: string, control: string) => `
<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label">
<label title="${label}">${label}</label></div><div class="ant-col ant-form-item-control">
<div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">${control}
</div></div></div></div></div>`;
  const ANTD_SELECT = (
    shown: string,
  ) => `<div class="ant-select ant-select-single ant-select-show-arrow">
<span aria-live="polite" style="width:0;height:0;position:absolute;overflow:hidden">${shown}</span>
<div class="ant-select-selector"><span class="ant-select-selection-search"><input type="search"
  class="ant-select-selection-search-input" role="combobox" aria-controls="rc_select_0_list" readonly value=""
  ></span>${
    shown
      ? `<span class="ant-select-selection-item" title="${shown}">${shown}</span>`
      : '<span class="ant-select-selection-placeholder">请选择</span>'
  }</div></div>`;
  const ANTD_RADIO = (value: string, text: string, checked: boolean) => `<label
  class="ant-radio-wrapper${checked ? ' ant-radio-wrapper-checked' : ''}"><span class="ant-radio"><input
  type="radio" class="ant-radio-input" value="${value}"${checked ? ' checked' : ''}><span
  class="ant-radio-inner"></span></span><span>${text}</span></label>`;

  it('ant-design-vue: the select item shown, the checked radio label, the picker text, the checkbox', () => {
    document.body.innerHTML =
      ANTD_ITEM('证书类型', ANTD_SELECT('执业助理医师(乡镇)')) +
      ANTD_ITEM('在岗情况', ANTD_SELECT('')) +
      ANTD_ITEM(
        '性别',
        `<div class="ant-radio-group ant-radio-group-outline">${ANTD_RADIO('1', '男', false)}${ANTD_RADIO(
          '2',
          '女',
          true,
        )}</div>`,
      ) +
      ANTD_ITEM(
        '发证年月',
        '<div class="ant-picker"><div class="ant-picker-input"><input readonly value="2027-03"></div></div>',
      ) +
      ANTD_ITEM(
        '证书编号',
        `<input type="text" class="ant-input"><label class="ant-checkbox-wrapper"><span
  class="ant-checkbox"><input type="checkbox" class="ant-checkbox-input"></span><span>暂无</span></label>`,
      );
    const [cert, duty] = document.querySelectorAll<HTMLInputElement>('input[type=search]');
    expect(widgetOf(cert!)?.name).toBe('ant-design-vue select');
    expect(readFieldValue(cert!)).toBe('执业助理医师(乡镇)');
    expect(readFieldValue(duty!)).toBe('');
    const fields = detectFields(document);
    expect(fields.map((f) => f.key)).toEqual([
      'certificateType',
      'onDutyStatus',
      'sex',
      'certificateIssueDate',
      'certificateNumber',
    ]);
    const sex = fields.find((f) => f.key === 'sex')!.element;
    expect(widgetOf(sex)?.name).toBe('ant-design-vue radio');
    expect(readFieldValue(sex)).toBe('女');
    const picker = fields.find((f) => f.key === 'certificateIssueDate')!.element;
    expect(widgetOf(picker)?.name).toBe('ant-design-vue date picker');
    expect(readFieldValue(picker)).toBe('2027-03');
    const box = document.querySelector<HTMLInputElement>('.ant-checkbox-input')!;
    expect(widgetOf(box)?.name).toBe('ant-design-vue checkbox');
    expect(readFieldValue(box)).toBe('false');
    expect(widgetOf(document.querySelector<HTMLInputElement>('.ant-input')!)).toBeUndefined();
  });
});
