import type { ThemeConfig } from 'antd';

/**
 * Signoff's antd theme: blue-7 as the primary colour and darker secondary text than antd's
 * defaults, so text on white meets WCAG AA contrast (docs/desk.md). Shared by the app and the
 * holder of toast messages, which renders outside the app's tree.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorError: '#cf1322',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    borderRadius: 8,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  },
};
