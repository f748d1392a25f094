// The practice form: "what the candidate enters here is the profile: it is backed
// up like platform data and can be restored into the real form when
// registration opens". Practice form → popup restore → the platform's form.
import { describe, expect, it } from 'vitest';
import { useExtension } from './harness';
import { C, E0, U, W, openForm, pickOption, platformTabId, readForm } from './backup-helpers';

describe('practice form → real form', () => {
  const browser = useExtension();

  it('restores what was typed on the practice form into the platform’s empty form', async () => {
    const practice = await browser.open(browser.extensionUrl('practice.html'));
    await practice.locator('#practice-basic-name[data-exam-assist-field]').waitFor();
    await practice.getByLabel('考生姓名').fill('赵敏');
    await pickOption(practice.getByLabel('证件类型'), '居民身份证');
    await practice.getByLabel('证件编号', { exact: true }).fill('11010519900307101X');
    await pickOption(practice.getByLabel('性别'), '男');
    await pickOption(practice.getByLabel('国籍'), '中国 China');
    await practice.getByLabel('手机号码').fill('13912345678');
    await pickOption(practice.getByLabel('在岗情况'), '试用期');
    await practice.locator('#practice-education-0-school').fill('北京大学医学部');
    await practice.locator('#practice-education-0-diplomaNumber').fill('104765201605701784');
    const typedAt = Date.now();
    await expect
      .poll(
        async () =>
          Number((await practice.getByTestId('save-status').getAttribute('data-saved-at')) ?? 0),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(typedAt);

    const form = await openForm(browser);
    const tabId = await platformTabId(practice, '个人信息（备份测试）');
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.getByRole('button', { name: '恢复…' }).click();
    await popup.getByRole('button', { name: '预览', exact: true }).click();
    await popup.locator('table.plan tr[data-key="name"]').waitFor();
    await popup.getByRole('button', { name: '恢复到页面' }).click();
    await popup.getByText(/已填入 \d+ 个，保留/).waitFor();
    expect(
      await readForm(form, [
        `${U}Name`,
        `${U}Certificate_TypeID`,
        `${U}Certificate_No`,
        `${U}Sex`,
        `${U}Nationality`,
        `${C}Mobile`,
        `${W}OnDuty`,
        `${E0}School`,
        `${E0}Diploma_No`,
      ]),
    ).toEqual({
      [`${U}Name`]: '赵敏',
      [`${U}Certificate_TypeID`]: '居民身份证',
      [`${U}Certificate_No`]: '11010519900307101X',
      [`${U}Sex`]: '男',
      [`${U}Nationality`]: '中国 China',
      [`${C}Mobile`]: '13912345678',
      [`${W}OnDuty`]: '试用期',
      [`${E0}School`]: '北京大学医学部',
      [`${E0}Diploma_No`]: '104765201605701784',
    });
    expect(browser.foreignRequests).toEqual([]);
  });
});
