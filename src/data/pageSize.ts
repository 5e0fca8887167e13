/** Largest page SharePoint serves; smaller catalogue lists come back in one page. */
export const MAX_PAGE = 5000;
