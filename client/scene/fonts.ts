// Inter ships with the app (assets/fonts, OFL): drei <Text> would otherwise fetch a font from a CDN.
import interRegular from '@assets/fonts/inter-latin-400-normal.woff?url'
import interSemiBold from '@assets/fonts/inter-latin-600-normal.woff?url'
import interBold from '@assets/fonts/inter-latin-700-normal.woff?url'

export const FONT_REGULAR = interRegular
export const FONT_SEMIBOLD = interSemiBold
export const FONT_BOLD = interBold
