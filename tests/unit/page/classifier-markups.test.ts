// @vitest-environment happy-dom
// Field detection on markups of the platform's forms that the replica pages do
// not use (ElementUI, Bootstrap, <dl>, <th> cells with two pairs a row, fieldset
// rows, captions and title rows, glossed labels, name-only platform ids), as a
// hidden acceptance page might write them. Every control is checked: the fixture
// marks what a person reading the page would call a field (`data-expect="key"` or
// `"key@row"`), and every unmarked control must be left alone (a wrong warning is
// worse than none, docs/spec/platform-rules.md §1).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { detectFields, readFieldValue, type DetectedField } from '../../../src/page';

function load(html: string): Document {
  document.open();
  document.write(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link[^>]*>/g, ''));
  document.close();
  return document;
}

const unseen = (name: string) => load(readFileSync(`tests/fixtures/unseen/${name}`, 'utf8'));

const describeEl = (el: Element) =>
  `<${el.tagName.toLowerCase()}${el.id ? ` id=${el.id}` : ''}` +
  `${el.getAttribute('name') ? ` name=${el.getAttribute('name')}` : ''}` +
  `${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}>`;

/**
 * Compares detection with the fixture's marks, control by control. Returns the
 * differences as readable lines ("<input name=x>: expected idNumber, got none").
 */
function differences(doc: Document, fields: DetectedField[]): string[] {
  const found = new Map(fields.map((f) => [f.element as Element, f]));
  const out: string[] = [];
  const radios = new Set<string>();
  for (const el of doc.querySelectorAll('input,select,textarea')) {
    const type = el.getAttribute('type') ?? '';
    if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) continue;
    if (type === 'radio') {
      const name = el.getAttribute('name') ?? '';
      if (name && radios.has(name)) continue; // one field per radio group: its first radio
      radios.add(name);
    }
    const mark = el.getAttribute('data-expect');
    const [key, row] = mark ? mark.split('@') : [];
    const got = found.get(el);
    const gotText = got ? `${got.key}${got.row !== undefined ? `@${got.row}` : ''}` : 'none';
    const wantText = key ? `${key}${row !== undefined ? `@${row}` : ''}` : 'none';
    const gotCompared = got ? `${got.key}${row !== undefined ? `@${got.row}` : ''}` : 'none';
    if (gotCompared !== wantText)
      out.push(`${describeEl(el)}: expected ${wantText}, got ${gotText}`);
  }
  return out;
}

describe('detectFields on unseen markups of the platform forms (fixtures in tests/fixtures/unseen)', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it(
    'ElementUI sign-up: el-form-item labels, wrapped inputs, +86 prepend, radio group; search box and ' +
      'agreement left alone',
    () => {
      const doc = unseen('elementui-register.html');
      expect(differences(doc, detectFields(doc))).toEqual([]);
    },
  );

  it('old table 个人信息: title rows, <th> cells with two pairs a row, glosses, hints, fieldset and caption rows', () => {
    const doc = unseen('table-profile.html');
    expect(differences(doc, detectFields(doc))).toEqual([]);
  });

  it('Bootstrap 考试报名 steps 2–6: form-group, <dl>, grid columns, file label button text, tick lists', () => {
    const doc = unseen('bootstrap-apply.html');
    expect(differences(doc, detectFields(doc))).toEqual([]);
  });

  it(
    'provincial 考生服务系统: login box found; search, either-or query, 留言 and headings with catalogue words left ' +
      'alone',
    () => {
      const doc = unseen('province.html');
      expect(differences(doc, detectFields(doc))).toEqual([]);
    },
  );
});

describe('one wizard step over education and training rows (教育及培训)', () => {
  beforeEach(() => load('<!doctype html><html><body></body></html>'));

  it('every row block gets its group from its own sub-heading or field labels, not the step heading', () => {
    const doc = unseen('step-edu-training.html');
    expect(differences(doc, detectFields(doc))).toEqual([]);
  });

  const block = (tick: string, fields: string, kind = '') =>
    `<div class="entry"><div class="head"><input type="checkbox"${tick ? ` data-expect="${tick}"` : ''}> 选择` +
    ` <b>${kind}</b></div>${fields}</div>`;
  const cell = (label: string, mark?: string) =>
    `<div class="cell"><div>${label}</div><input${mark ? ` data-expect="${mark}"` : ''}></div>`;

  it('a heading that names both groups names neither; rows without sub-headings decide by their labels', () => {
    const doc = load(`<!doctype html><html><body><h3>教育经历及培训经历</h3>
      ${block('educationSelected@0', cell('学校', 'school@0') + cell('毕业证书编号', 'diplomaNumber@0'))}
      ${block('trainingSelected@0', cell('开始时间(年月)', 'trainingStart@0') + cell('考核结果', 'trainingResult@0'))}
      ${block('educationSelected@1', cell('学校', 'school@1') + cell('毕业年月', 'graduationDate@1'))}
      ${block('trainingSelected@1', cell('学校') + cell('类型'), '培训经历')}
      </body></html>`);
    expect(differences(doc, detectFields(doc))).toEqual([]);
  });

  it('a block whose fields name two groups, or only generic words, decides nothing from them', () => {
    const doc = load(`<!doctype html><html><body><h3>教育及培训</h3>
      ${block('', cell('毕业证书编号', 'diplomaNumber') + cell('考核结果', 'trainingResult'))}
      ${block('', '<div class="cell"><div>学历</div><select><option>本科</option></select></div>' + cell('类型'))}
      </body></html>`);
    expect(differences(doc, detectFields(doc))).toEqual([]);
  });
});

describe('small unseen shapes', () => {
  const run = (html: string) => {
    const doc = load(`<!doctype html><html><body>${html}</body></html>`);
    return differences(doc, detectFields(doc));
  };

  it('labels with nested required marks, full-width colons, （必填） and an English gloss first or after a slash', () => {
    expect(
      run(`<table>
        <tr><td><span class="required">*</span><em>证件编号</em>：（必填）</td><td><input data-expect="idNumber"></td></tr>
        <tr><td>ID No. 证件号码</td><td><input data-expect="idNumber"></td></tr>
        <tr><td>E-mail 电子邮箱：</td><td><input data-expect="email"></td></tr>
        <tr><td>Mobile/手机号码</td><td><input data-expect="mobile"></td></tr>
        <tr><td>邮政编码 | Postcode</td><td><input data-expect="postcode"></td></tr>
        <tr><td>毕业院校名称</td><td><input data-expect="school"></td></tr>
      </table>`),
    ).toEqual([]);
  });

  it('a hint line under the label, in the same cell or label', () => {
    expect(
      run(`<table><tr><td>毕业年月<br><span class="tip">格式：YYYY-MM</span></td><td><input data-expect="graduationDate"></td>
        <td>毕业学校</td><td><input data-expect="school"></td></tr></table>
        <div class="item"><label>发证年月<small>（如2012-12）</small></label><div><input
          data-expect="certificateIssueDate"></div></div>
        <h4>证书情况</h4><div class="item"><label>证书编号<p class="help">24或27位</p></label><div><input
          data-expect="certificateNumber"></div></div>`),
    ).toEqual([]);
  });

  it('a checkbox labelled after it (<input type=checkbox> 选择) under a heading; without a heading left alone', () => {
    expect(
      run(`<h3>教育经历</h3><div class="row"><input type="checkbox" data-expect="educationSelected"> 选择
        <span>毕业学校</span><input data-expect="school"></div>`),
    ).toEqual([]);
    expect(
      run(
        `<div><input type="checkbox"> 选择</div><div><input type="checkbox"><span>记住我</span></div>`,
      ),
    ).toEqual([]);
  });

  it('radios under a fieldset whose legend names the group, not the field', () => {
    expect(
      run(`<fieldset><legend>基本信息</legend>
        <div>姓名：<input data-expect="name"></div>
        <div>性别：<label><input type="radio" name="xb" data-expect="sex">男</label><label><input type="radio"
          name="xb">女</label></div>
      </fieldset>`),
    ).toEqual([]);
  });

  it('a link or a button-text label is not the field label', () => {
    expect(
      run(`<table><tr><td>邮政编码</td><td><a href="#">邮编查询</a> <input data-expect="postcode"></td></tr>
        <tr><td>个人照片</td><td><label for="f1">浏览…</label><input type="file" id="f1" data-expect="photo"></td>
          </tr></table>`),
    ).toEqual([]);
  });

  it('texts that merely contain a catalogue word are not labels', () => {
    expect(
      run(`<h3>证件编号说明</h3><p>请核对</p><div><input></div>
        <div>联系地址邮编查询 <input></div>
        <div>按姓名查询：<input></div>
        <div>证件号码或用户名：<input></div>
        <label>新手机号码是否接收短信 <input type="checkbox"></label>
        <div>备注<textarea></textarea></div>
        <input type="hidden" name="SP_User.0$Certificate_No" value="1">`),
    ).toEqual([]);
  });

  it('ElementUI table: header and body in separate tables, the column header still names the field', () => {
    expect(
      run(`<h4>教育经历</h4><div class="el-table">
        <div class="el-table__header-wrapper"><table class="el-table__header"><thead><tr><th><div
          class="cell">选择</div></th><th><div class="cell">毕业学校</div></th><th><div class="cell">毕业证书编号</div>
          </th></tr></thead></table></div>
        <div class="el-table__body-wrapper"><table class="el-table__body"><tbody>
          <tr><td><div class="cell"><input type="checkbox" data-expect="educationSelected@0"></div></td><td>
            <div class="cell"><div class="el-input"><input data-expect="school@0"></div></div></td><td><div
            class="cell"><div class="el-input"><input data-expect="diplomaNumber@0"></div></div></td></tr>
          <tr><td><div class="cell"><input type="checkbox" data-expect="educationSelected@1"></div></td><td>
            <div class="cell"><div class="el-input"><input data-expect="school@1"></div></div></td><td><div
            class="cell"><div class="el-input"><input data-expect="diplomaNumber@1"></div></div></td></tr>
        </tbody></table></div></div>`),
    ).toEqual([]);
  });

  it('platform names without ids, inside extra wrappers, with a title row of another table above', () => {
    expect(
      run(`<table><tr><td colspan="4" class="title">教育经历</td></tr>
        <tr><th>学校</th><th>毕业年月</th><th>学历</th><th>毕业证书编号</th></tr>
        <tr><td><span><input name="SP_Edu.0$School" data-expect="school@0"></span></td><td><input
          name="SP_Edu.0$GraduateDate" data-expect="graduationDate@0"></td>
          <td><select name="SP_Edu.0$Education" data-expect="educationLevel@0"><option
            value="-1">--请选择--</option></select></td><td><input name="SP_Edu.0$Diploma_No"
            data-expect="diplomaNumber@0"></td></tr>
        <tr><td><span><input name="x1" data-expect="school@1"></span></td><td><input name="x2"
          data-expect="graduationDate@1"></td>
          <td><select name="x3" data-expect="educationLevel@1"><option value="">--请选择--</option></select></td>
            <td><input name="x4" data-expect="diplomaNumber@1"></td></tr>
        <tr><td colspan="4" class="title">证书情况</td></tr>
        <tr><td><input name="y1"></td><td><input name="y2"></td><td><input name="y3"></td><td><input
          name="y4"></td></tr>
      </table>`),
    ).toEqual([]);
  });

  it('one label over a year and a month select, or 区号 and 号码, is one field on its first box; a range is none', () => {
    expect(
      run(`<table>
        <tr><td>毕业年月</td><td><select name="gy" data-expect="graduationDate"><option>2009</option></select>年
          <select name="gm"><option>06</option></select>月</td></tr>
        <tr><td>家庭联系电话</td><td><input name="p1" size="4" data-expect="homePhone">-<input name="p2" size="8"></td></tr>
        <tr><td>手机号码</td><td><input name="m" data-expect="mobile"> <input type="checkbox" name="m2">接收短信</td></tr>
        <tr><td>手机号码</td><td><select name="cc"><option>+86</option><option>+852 香港</option></select><input
          name="m3" data-expect="mobile"></td></tr>
      </table>
      <div>培训时间 <input name="t1"> 至 <input name="t2"></div>
      <div>毕业年月 <input name="g1"> 至 <input name="g2"></div>
      <div>单位电话 <input name="u" data-expect="workPhone"> 邮政编码 <input name="z" data-expect="postcode"></div>
      <h4>教育经历</h4><table><tr><th>学校</th><th>毕业年月</th></tr>
        <tr><td><input name="s" data-expect="school"></td><td><select name="y" data-expect="graduationDate">
          <option>2009</option></select><select name="mm"><option>06</option></select></td></tr></table>`),
    ).toEqual([]);
  });

  it('layui form: the native select is the field, not the read-only title box layui draws after it', () => {
    expect(
      run(`<form class="layui-form">
        <div class="layui-form-item"><label class="layui-form-label">证件类型</label>
          <div class="layui-input-block"><select name="zjlx" lay-verify="required" data-expect="idType">
            <option value="">请选择</option><option value="1">居民身份证</option></select>
            <div class="layui-unselect layui-form-select"><div class="layui-select-title"><input type="text"
              placeholder="请选择" value="" readonly class="layui-input layui-unselect"><i class="layui-edge"></i></div>
              <dl class="layui-anim layui-anim-upbit"><dd lay-value="" class="layui-select-tips">请选择</dd><dd
                lay-value="1">居民身份证</dd></dl></div></div></div>
        <div class="layui-form-item"><label class="layui-form-label">证件号码</label>
          <div class="layui-input-block"><input type="text" name="zjhm" autocomplete="off" class="layui-input"
            data-expect="idNumber"></div></div>
        <div class="layui-form-item"><label class="layui-form-label">性别</label>
          <div class="layui-input-block"><input type="radio" name="xb" value="1" title="男" data-expect="sex">
            <div class="layui-unselect layui-form-radio"><i class="layui-anim layui-icon"></i><div>男</div></div>
            <input type="radio" name="xb" value="2" title="女"><div class="layui-unselect layui-form-radio"><i
              class="layui-anim layui-icon"></i><div>女</div></div></div></div>
      </form>`),
    ).toEqual([]);
  });

  it('placeholders that ask politely, help marks after labels, a hint line in a header cell', () => {
    expect(
      run(`<div><input placeholder="请输入您的手机号码" data-expect="mobile"></div>
        <div><input placeholder="请输入18位身份证号码" data-expect="idNumber"></div>
        <div><label for="e">电子邮箱 [?]</label><input id="e" data-expect="email"></div>
        <h4>证书情况</h4><table><tr><th>证书编号<br><small>24或27位</small></th><th>发证年月<div class="tip">YYYY-MM</div></th></tr>
          <tr><td><input data-expect="certificateNumber"></td><td><input data-expect="certificateIssueDate">
            </td></tr></table>`),
    ).toEqual([]);
  });

  it('a hint between the label and the field, numbered labels, a label after a floating input', () => {
    expect(
      run(`<div class="q"><div class="q-title">证件编号</div><div class="q-desc">请填写注册时使用的证件号码</div><div><input
        data-expect="idNumber"></div></div>
        <div class="q"><div class="q-title">3. 毕业证书编号</div><p class="tip">18位电子注册号</p><input
          data-expect="diplomaNumber"></div>
        <table><tr><td>（4）联系地址</td><td><span class="hint">省市区街道门牌</span><input data-expect="address"></td></tr></table>
        <div class="form-floating"><input id="fm" placeholder="手机" data-expect="mobile"><label
          for="fm">手机号码</label></div>
        <div><span>请输入邮政编码</span><input data-expect="postcode"></div>
        <h4>证书情况</h4><div class="q"><div class="q-title">注册编号</div><div>说明：执业证书上的编码</div><input
          data-expect="registrationNumber"></div>
        <div class="q"><div class="q-title">您的意见</div><div class="q-desc">请填写对本系统的建议</div><input></div>`),
    ).toEqual([]);
  });

  it(
    "ASP.NET names (ctl00$Main$Title) are not the platform's ids: their suffix names nothing, the label still " +
      'does',
    () => {
      expect(
        run(`<form><div class="top"><input name="ctl00$Header$Area" placeholder="站内搜索"></div>
        <table><tr><td>标题</td><td><input name="ctl00$Main$Title"></td><td>结果</td><td><input
          name="ctl00$Main$Result"></td></tr>
          <tr><td>证件号码</td><td><input name="ctl00$Main$Certificate_No" data-expect="idNumber"></td>
            <td>手机号码</td><td><input name="ctl00$Main$txtSJ" data-expect="mobile"></td></tr></table>
        <input name="SP_User$Email" data-expect="email"><input id="Edit:SP_User.0$Mobile"
          data-expect="mobile"></form>`),
      ).toEqual([]);
    },
  );

  it('labels that say whose field it is (本人手机号码, 考生证件号码), but not down to a generic row word', () => {
    expect(
      run(`<table><tr><td>本人手机号码</td><td><input data-expect="mobile"></td><td>考生证件号码（必填）</td><td><input
        data-expect="idNumber"></td></tr>
        <tr><td>本人身份</td><td><select data-expect="militaryIdentity"><option>军队及武警干部</option></select></td></tr></table>
        <h3>教育经历</h3><table><tr><td>考生类别</td><td><select><option>应届</option></select></td><td>毕业学校</td><td>
          <input data-expect="school"></td></tr></table>`),
    ).toEqual([]);
  });

  it('groups in tabs named by their tab, and panel headings that hold a ＋ button', () => {
    expect(
      run(`<ul class="nav nav-tabs" role="tablist"><li><a id="tab-edu" role="tab" href="#p-edu">教育经历</a></li>
        <li><a id="tab-tr" role="tab" href="#p-tr">培训经历</a></li></ul>
        <div class="tab-content">
          <div class="tab-pane active" id="p-edu" role="tabpanel" aria-labelledby="tab-edu"><div
            class="row-item"><label><input type="checkbox"
            data-expect="educationSelected@0">选择</label> <span>学位</span><select data-expect="degree@0">
            <option>学士</option></select></div></div>
          <div class="tab-pane" id="p-tr" role="tabpanel" aria-labelledby="tab-tr"><div class="row-item">
            <label><input type="checkbox" data-expect="trainingSelected@0">选择</label></div></div>
        </div>
        <div class="panel"><div class="panel-heading">培训经历</div><div class="panel-body"><table><tr><th>选择</th>
          <th>培训类型</th></tr>
          <tr><td><input type="checkbox" data-expect="trainingSelected@1"></td><td><select
            data-expect="trainingType@1"><option>住院医师规范化培训</option></select></td></tr></table></div></div>
        <div class="panel"><div class="panel-heading">证书情况 <input type="button" value="＋添加"></div><div
          class="panel-body"><table><tr><th>选择</th><th>证书类型</th></tr>
          <tr><td><input type="checkbox" data-expect="certificateSelected@0"></td><td><select
            data-expect="certificateType@0"><option>执业助理医师</option></select></td></tr></table></div></div>
        <table><tr><td>毕业学校</td><td><input type="button" value="选择学校"><input data-expect="school"></td></tr></table>`),
    ).toEqual([]);
  });

  it('a "--请选择--" first option reads as nothing chosen, whatever its value (no R-ONDUTY on an untouched page)', () => {
    load(`<!doctype html><html><body>
      <select id="a"><option value="-1" selected>--请选择--</option><option value="1">在职</option></select>
      <select id="b"><option value="0">== 请选择 ==</option><option value="1">在职</option></select>
      <select id="c"><option value="0">--请选择--</option><option value="1" selected>在职</option></select>
    </body></html>`);
    const read = (id: string) => readFieldValue(document.getElementById(id) as HTMLSelectElement);
    expect([read('a'), read('b'), read('c')]).toEqual(['', '', '在职']);
  });
});
