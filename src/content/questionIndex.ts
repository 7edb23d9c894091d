import index from 'virtual:question-index';

/** Every question's scope fields, built from content/questions: counts without the bank. */
export const questionIndex = index;
