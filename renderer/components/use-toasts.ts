import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run(): void | Promise<void> };
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>, ms?: number) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Short-lived messages, most often "Deleted · Undo". */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show(toast, ms = 8000) {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-2), { ...toast, id }] });
    setTimeout(() => get().dismiss(id), ms);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));
