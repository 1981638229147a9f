// The one font stack of the app: the tables, the charts and the row-height measurement all use it,
// so text is measured in the font it is drawn in (Windows: 微软雅黑; UOS/Kylin: Noto/WenQuanYi).
export const APP_FONT =
  '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC", sans-serif';
