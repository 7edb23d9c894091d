/** The attribute on #root that names the path a prerendered page was rendered for. */
export const PRERENDERED_PATH_ATTRIBUTE = 'data-prerendered-path';

/** The `<template>` in a prerendered page's head holding the preloads of its code. */
export const AFTER_PAINT_TEMPLATE_ID = 'after-paint';
