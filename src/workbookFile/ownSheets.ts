/** The mark of chitieu's own sheets, for the hosts' readers and writers (the rule lives in src/xlsx/ownSheets). */
export { OWN_SHEET_MARK } from '../xlsx/ownSheets';
