import { t, UNOFFICIAL, type Locale } from '../../i18n';
import { LocaleToggle } from '../../i18n/LocaleToggle';
import { WELCOME_TEXT as T } from './text';

export interface WelcomeLinks {
  practice: string;
  photo: string;
  options: string;
}

export function WelcomeApp({
  locale,
  onLocaleChange,
  links,
}: {
  locale: Locale;
  onLocaleChange(l: Locale): void;
  links: WelcomeLinks;
}) {
  const card = (
    id: string,
    title: string,
    body: string,
    link?: { href: string; label: string },
  ) => (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{body}</p>
      {link && (
        <a class="button" href={link.href}>
          {link.label}
        </a>
      )}
    </section>
  );
  return (
    <>
      <header class="top">
        <img src="/icon/48.png" alt="" width={48} height={48} />
        <h1>{t(T.title, locale)}</h1>
        <LocaleToggle locale={locale} onChange={onLocaleChange} />
      </header>
      <main>
        <p class="lead">{t(T.lead, locale)}</p>
        <div class="cards">
          {card('checks', t(T.checksTitle, locale), t(T.checks, locale))}
          {card('privacy', t(T.privacyTitle, locale), t(T.privacy, locale))}
          {card('practice', t(T.practiceTitle, locale), t(T.practice, locale), {
            href: links.practice,
            label: t(T.openPractice, locale),
          })}
          {card('photo', t(T.photoTitle, locale), t(T.photo, locale), {
            href: links.photo,
            label: t(T.openPhoto, locale),
          })}
          {card('restore', t(T.restoreTitle, locale), t(T.restore, locale), {
            href: links.options,
            label: t(T.openOptions, locale),
          })}
          {card('pin', t(T.pinTitle, locale), t(T.pin, locale))}
        </div>
        <p class="later">{t(T.later, locale)}</p>
      </main>
      <footer>
        <p class="about" data-testid="unofficial">
          {t(UNOFFICIAL, locale)}
        </p>
      </footer>
    </>
  );
}
