import { CloseCircleFilled } from '@ant-design/icons';

/** antd's `<Alert type="error" showIcon>`, for the server's answer to a refused login. */
export function LoginAlert({ text }: { text: string }) {
  return (
    <div className="signoff-login-alert" role="alert" data-testid="login-error">
      <CloseCircleFilled aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}
