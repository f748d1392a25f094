// Contact rules (docs/spec/platform-rules.md "Contact"; guide-2014 填写说明 联系方式).
import type { Rule } from './engine';
import { codePoints, error, isHan, isMainland, toHalfWidth, warning } from './util';

export const R_PHONE_FIXED: Rule = {
  id: 'R-PHONE-FIXED',
  fields: ['homePhone', 'workPhone'],
  check(value) {
    const s = toHalfWidth(value).trim();
    if (s === '') return [];
    const m = /^(\d{3,5})-(\d{6,8})(?:-(\d{1,6}))?$/.exec(s);
    if (!m) {
      if (/^1\d{10}$/.test(s))
        return [
          error(
            '这是手机号码：固定电话须写作“区号-号码”（如 010-12345678），手机号请填在“手机号码”。',
            'This is a mobile number: a landline is written area-number (e.g. 010-12345678); put a mobile in 手机号码.',
          ),
        ];
      return [
        error(
          '电话格式为“区号-号码-分机号(选填)”，如 010-12345678 或 0755-1234567-123。',
          'Write the phone as area-number[-extension], e.g. 010-12345678 or 0755-1234567-123.',
        ),
      ];
    }
    const area = m[1]!;
    const number = m[2]!;
    if (!area.startsWith('0') || area.length > 4 || number.length < 7 || /^[01]/.test(number))
      return [
        warning(
          '区号一般为以 0 开头的 3–4 位，号码为 7–8 位且不以 0 或 1 开头：请核对。',
          'Area codes are usually 3–4 digits starting with 0, numbers 7–8 digits not starting with 0 or 1: check it.',
        ),
      ];
    return [];
  },
};

export const R_MOBILE: Rule = {
  id: 'R-MOBILE',
  fields: ['mobile'],
  dependsOn: ['idType', 'nationality'],
  check(value, _field, ctx) {
    const s = toHalfWidth(value).trim();
    if (s === '') return [];
    if (!/^\d+$/.test(s))
      return [
        error('手机号码只能是数字（不加空格、“+”或“-”）。', 'Digits only (no spaces, "+" or "-").'),
      ];
    if (s.startsWith('0'))
      return [error('手机号码第一位不能为 0。', 'The first digit cannot be 0.')];
    const mainlandOk = /^1[3-9]\d{9}$/.test(s);
    const otherOk = s.length >= 6 && s.length <= 11;
    const mainland = isMainland(ctx);
    if (mainland === true && !mainlandOk)
      return [
        error(
          `大陆手机号码为 11 位，以 13–19 开头，现在是 ${s.length} 位。`,
          `A mainland mobile has 11 digits starting 13–19; this has ${s.length}.`,
        ),
      ];
    if (mainland === false && !otherOk && !mainlandOk)
      return [
        error(
          `非大陆手机号码为 6 到 11 位，现在是 ${s.length} 位。`,
          `A mobile outside the mainland has 6 to 11 digits; this has ${s.length}.`,
        ),
      ];
    if (mainland === undefined && !mainlandOk && !otherOk)
      return [
        error(
          `手机号码为 11 位（大陆）或 6 到 11 位（非大陆），现在是 ${s.length} 位。`,
          `A mobile has 11 digits (mainland) or 6–11 (elsewhere); this has ${s.length}.`,
        ),
      ];
    return [];
  },
};

export const R_EMAIL: Rule = {
  id: 'R-EMAIL',
  fields: ['email'],
  check(value) {
    const s = toHalfWidth(value).trim();
    if (s === '') return [];
    const n = codePoints(s);
    if (n < 5 || n > 60)
      return [
        error(
          `邮件地址长度为 5 到 60 个字符，现在是 ${n} 个。`,
          `An email address has 5 to 60 characters; this has ${n}.`,
        ),
      ];
    const at = s.indexOf('@');
    const local = s.slice(0, at);
    const domain = s.slice(at + 1);
    const ok =
      at > 0 &&
      s.indexOf('@', at + 1) === -1 &&
      /^[A-Za-z0-9._%+-]+$/.test(local) &&
      !local.startsWith('.') &&
      !local.endsWith('.') &&
      !local.includes('..') &&
      /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(domain) &&
      /\.[A-Za-z]{2,}$/.test(domain);
    if (!ok)
      return [
        error(
          '邮件地址格式不对，应类似 name@example.com。',
          'Not a valid email address; it looks like name@example.com.',
        ),
      ];
    return [];
  },
};

export const R_ADDRESS: Rule = {
  id: 'R-ADDRESS',
  fields: ['address'],
  check(value) {
    const s = toHalfWidth(value).trim();
    if (s === '') return [];
    const n = codePoints(s);
    if (n > 30)
      return [
        error(
          `联系地址不超过 30 个字，现在是 ${n} 个：请精简。`,
          `At most 30 characters; this has ${n}: shorten it.`,
        ),
      ];
    if ([...s].some(isHan)) {
      if (!/[省市区县旗州盟]|特别行政区/.test(s) || !/[\d号弄室栋楼幢村组]/.test(s))
        return [
          warning(
            '地址应写明省、市、区、街道和门牌号，以便联系：请核对是否完整。',
            'The address should name province, city, district, street and number: check that it is complete.',
          ),
        ];
    }
    return [];
  },
};

export const R_POSTCODE: Rule = {
  id: 'R-POSTCODE',
  fields: ['postcode'],
  dependsOn: ['idType', 'nationality'],
  check(value, _field, ctx) {
    const s = toHalfWidth(value).trim();
    if (s === '') return [];
    const mainlandOk = /^\d{6}$/.test(s);
    const otherOk = /^[A-Za-z0-9]{3,6}$/.test(s);
    const mainland = isMainland(ctx);
    if (mainland === true && !mainlandOk)
      return [error('大陆邮政编码为 6 位数字。', 'A mainland postcode has 6 digits.')];
    if (mainland !== true && !otherOk)
      return [
        error(
          '邮政编码为 6 位数字（大陆）或 3 到 6 位（非大陆）。',
          'A postcode has 6 digits (mainland) or 3 to 6 characters (elsewhere).',
        ),
      ];
    return [];
  },
};

export const CONTACT_RULES: Rule[] = [R_PHONE_FIXED, R_MOBILE, R_EMAIL, R_ADDRESS, R_POSTCODE];
