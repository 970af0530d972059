import { Segmented } from 'antd';
import { useLang } from '../i18n/use-lang';
import { setLang, type Lang } from '../i18n/i18n';

export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { lang } = useLang();
  return (
    <Segmented<Lang>
      size={size}
      value={lang}
      onChange={setLang}
      options={[
        { value: 'zh', label: '中' },
        { value: 'en', label: 'EN' },
      ]}
      aria-label="language"
      data-testid="language-switch"
    />
  );
}
