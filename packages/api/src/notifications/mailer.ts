import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * SMTP through nodemailer, configured by one URL (`SMTP_URL=smtp://user:pass@host:587`, or
 * `smtps://…`) and the sender (`SMTP_FROM`). Without a URL there is no mailer and people are told
 * in the app only; the URL never reaches a log.
 */
export function createMailer(options: { url: string | undefined; from?: string | undefined }): Mailer | null {
  if (!options.url) return null;
  const transport = nodemailer.createTransport(options.url);
  const from = options.from ?? 'Signoff <no-reply@signoff.local>';
  return {
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => transport.close(),
  };
}
