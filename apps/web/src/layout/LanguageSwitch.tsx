import { useLang } from '../i18n/use-lang';
import { setLang, type Lang } from '../i18n/i18n';
import './layout.css';

const OPTIONS: { value: Lang; label: string; name: string }[] = [
  { value: 'zh', label: '中', name: '中文' },
  { value: 'en', label: 'EN', name: 'English' },
];

/** 中 / EN as two toggle buttons styled like antd's Segmented, which the shell of every page need not load. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { lang } = useLang();
  return (
    <div
      role="group"
      aria-label="language"
      className={`signoff-lang signoff-lang-${size}`}
      data-testid="language-switch"
    >
      {OPTIONS.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={lang === o.value}
          aria-label={`${o.label} ${o.name}`}
          className={lang === o.value ? 'selected' : undefined}
          onClick={() => setLang(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
