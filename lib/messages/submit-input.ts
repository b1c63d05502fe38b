import * as z from 'zod';
import { MAX_ATTACHMENTS_PER_MESSAGE } from './attachments.ts';

export const MIN_TEXT_LENGTH = 10;
export const MAX_TEXT_LENGTH = 4000;
export const MAX_ADDRESS_LENGTH = 500;

// Control characters other than tab and line breaks never belong in a citizen's text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const cleanText = (value: string) => value.normalize('NFC').replace(CONTROL, '').trim();

export const submitMessageInput = z.strictObject({
  /** optional: without it the classifier decides, or the region's coordinator when it is unsure */
  categoryId: z.string().min(1).max(64).optional(),
  subcategoryId: z.string().min(1).max(64).optional(),
  text: z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(MIN_TEXT_LENGTH, { error: `Опишите проблему подробнее: не меньше ${MIN_TEXT_LENGTH} символов.` })
        .max(MAX_TEXT_LENGTH, { error: `Текст сообщения — не больше ${MAX_TEXT_LENGTH} символов.` }),
    ),
  oktmo: z.string().regex(/^\d{8}$/, { error: 'Код ОКТМО — 8 цифр.' }),
  address: z.string().transform(cleanText).pipe(z.string().min(1).max(MAX_ADDRESS_LENGTH)).optional(),
  location: z
    .strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
    .optional(),
  attachments: z
    .array(z.string().max(200))
    .max(MAX_ATTACHMENTS_PER_MESSAGE, { error: `Не больше ${MAX_ATTACHMENTS_PER_MESSAGE} вложений к одному сообщению.` })
    .refine((keys) => new Set(keys).size === keys.length, { error: 'Одно и то же вложение указано дважды.' })
    .optional(),
}).refine((input) => input.subcategoryId === undefined || input.categoryId !== undefined, {
  error: 'Подкатегорию можно указать только вместе с категорией.',
  path: ['subcategoryId'],
});

export type SubmitMessageInput = z.output<typeof submitMessageInput>;
