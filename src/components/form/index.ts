export { ActionForm } from './ActionForm';
export { CheckboxRow } from './CheckboxRow';
export { FormCard } from './FormCard';
export { Field, type ControlProps, type RowProps } from './Field';
export { ListRow } from './ListRow';
export { NumberInput, NumberRow, wholeIn } from './NumberRow';
export { RadioGroup } from './RadioGroup';
export { SelectRow, type SelectOption } from './SelectRow';
export { TextRow } from './TextRow';
