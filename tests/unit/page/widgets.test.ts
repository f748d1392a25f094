// @vitest-environment happy-dom
// Widget adapters on the markup the libraries render (copied from element-plus
// 2.14, element-ui 2.15 and layui 2.13 pages): the value a person sees is read,
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
});
