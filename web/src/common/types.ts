/** The API's shapes the pages use (see the README's API table). */
export interface HistoryStep {
  at: string;
  status: string;
  statusLabel: string;
  actor: string;
  event: string;
  organization?: { id: string; name: string };
  reason?: string;
}

export interface MessageView {
  id: string;
  number: string;
  status: string;
  statusLabel: string;
  categoryId?: string;
  subcategoryId?: string;
  text: string;
  oktmo: string;
  address?: string;
  attachments: string[];
  organization: { id: string; name: string } | null;
  rejectionReasons?: { code: string; label: string }[];
  answer?: { text: string; at: string; organizationName: string; attachments?: string[] };
  interimAnswers?: { text: string; at: string }[];
  rating?: { satisfied: boolean; score: number; comment?: string; at: string };
  deadline: string;
  deadlineDate: string;
  createdAt: string;
  version: number;
  history: HistoryStep[];
  // officials only
  regionCode?: string;
  triage?: boolean;
  suggestedCategoryId?: string;
  moderationReasons?: string[];
  moderationReasonLabels?: string[];
  repeatOf?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface Category {
  id: string;
  name: string;
  subcategories: { id: string; name: string }[];
}

export interface Territory {
  oktmo: string;
  name: string;
  regionCode: string;
}

export interface AttachmentLink {
  key: string;
  part: 'message' | 'answer' | 'interim';
  url: string;
}

/** An answer template as GET /v1/org/answer-templates lists it. */
export interface AnswerTemplate {
  id: string;
  title: string;
  text: string;
  scope: 'organization' | 'category';
  categoryId?: string;
}
