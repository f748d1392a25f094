// The fields the candidate taught on pages the extension did not know:
// listed by site and page, each removable. Stored under the settings
// key `taught` (src/settings.ts); the pages pick up a removal at once.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { fieldByKey, GROUPS } from '../../rules';
import { getSetting, setSetting, watchSetting, type TaughtMappingSetting } from '../../settings';

const TEXT = {
  title: { zh: '教过的字段', en: 'Taught fields' },
  help: {
    zh: '在助手认不出的页面上，您可以在字段上点右键选择“这个字段是…”，或在页面右下角的提示中告诉助手字段的名称。这里列出已记住的字段，只对同一网站的同一页面有效。',
    en:
      'On a page the assistant does not recognize, right-click a field and choose "这个字段是… / Teach this ' +
      'field", or use the notice at the bottom right of the page. The fields remembered are listed ' +
      'here; each applies to the same page of the same site only.',
  },
  empty: { zh: '还没有教过任何字段。', en: 'No field has been taught yet.' },
  page: { zh: '网站与页面', en: 'Site and page' },
  field: { zh: '字段', en: 'Field' },
  where: { zh: '页面中的位置', en: 'Where on the page' },
  remove: { zh: '删除', en: 'Remove' },
  removed: { zh: '已删除。', en: 'Removed.' },
  unknownKey: { zh: '（未知字段）', en: '(unknown field)' },
} as const;

const groupLabel = new Map(GROUPS.map((g) => [g.id, g.label]));

export function TaughtFieldsSection() {
  const [list, setList] = useState<TaughtMappingSetting[]>();
  const [note, setNote] = useState<string>();
  useEffect(() => {
    void getSetting('taught').then(setList, () => setList([]));
    return watchSetting('taught', setList);
  }, []);

  const remove = async (mapping: TaughtMappingSetting) => {
    const current = await getSetting('taught');
    const next = current.filter(
      (m) =>
        !(
          m.host === mapping.host &&
          m.path === mapping.path &&
          m.selector === mapping.selector &&
          m.key === mapping.key
        ),
    );
    await setSetting('taught', next);
    setList(next);
    setNote(t(TEXT.removed));
  };

  return (
    <section aria-labelledby="taught-title">
      <h2 id="taught-title">{t(TEXT.title)}</h2>
      <p class="muted">{t(TEXT.help)}</p>
      {list && list.length === 0 && <p>{t(TEXT.empty)}</p>}
      {list && list.length > 0 && (
        <table class="taught">
          <thead>
            <tr>
              <th scope="col">{t(TEXT.page)}</th>
              <th scope="col">{t(TEXT.field)}</th>
              <th scope="col">{t(TEXT.where)}</th>
              <th scope="col">
                <span class="sr-only">{t(TEXT.remove)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((m) => {
              const def = fieldByKey(m.key);
              const name = def ? t(def.label) : `${m.key} ${t(TEXT.unknownKey)}`;
              const group = def ? groupLabel.get(def.group) : undefined;
              return (
                <tr key={`${m.host}${m.path}${m.selector}${m.key}`}>
                  <td>
                    {m.host}
                    <br />
                    <small>{m.path}</small>
                  </td>
                  <td>
                    {name}
                    {group && <small> · {t(group)}</small>}
                  </td>
                  <td>
                    <code>{m.selector}</code>
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => void remove(m)}
                      aria-label={`${t(TEXT.remove)}：${name}（${m.host}${m.path}）`}
                    >
                      {t(TEXT.remove)}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p role="status" class="muted small">
        {note}
      </p>
    </section>
  );
}
