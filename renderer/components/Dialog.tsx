import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

/** Radix gives us focus trapping, Escape to close and the ARIA wiring; we only style it. */
export function Dialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <RadixDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className="dialog" aria-describedby={props.description ? undefined : undefined}>
          <RadixDialog.Title asChild>
            <h2>{props.title}</h2>
          </RadixDialog.Title>
          {props.description ? (
            <RadixDialog.Description className="muted">{props.description}</RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="visually-hidden">{props.title}</RadixDialog.Description>
          )}
          {props.children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
