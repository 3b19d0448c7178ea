import { useButtonStyles_unstable, useButton_unstable } from '@fluentui/react-components';
import { ArrowUpRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';

/** The classes of the agenda rows' buttons: Fluent Buttons' own, subtle icon-only and small. */
export type AgendaButtonClasses = {
  iconButton: string;
  iconButtonDisabled: string;
  icon: string;
  smallButton: string;
};

function useFluentButtonClasses(props: Parameters<typeof useButton_unstable>[0]) {
  const state = useButtonStyles_unstable(useButton_unstable(props, null));
  return { root: state.root.className ?? '', icon: state.icon?.className ?? '' };
}

/**
 * Made once per agenda (see agenda-look.tsx). Fluent's makeStyles checks every one of its style rules each time a component using
 * it mounts, and an agenda of 40 items mounts 160 buttons: the rows draw plain buttons with exactly the classes a
 * Fluent Button would have, so they look and behave the same (focus ring included) for a fraction of the work.
 */
export function useAgendaButtonClasses(): AgendaButtonClasses {
  const icon = <ArrowUpRegular />;
  const enabled = useFluentButtonClasses({ appearance: 'subtle', icon });
  const disabled = useFluentButtonClasses({ appearance: 'subtle', icon, disabled: true });
  const small = useFluentButtonClasses({ size: 'small', children: 'Details' });
  return useMemo(
    () => ({
      iconButton: enabled.root,
      iconButtonDisabled: disabled.root,
      icon: enabled.icon,
      smallButton: small.root,
    }),
    [enabled.root, disabled.root, enabled.icon, small.root],
  );
}
