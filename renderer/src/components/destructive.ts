// A confirmation whose OK throws data away (删除计划, 恢复备份, …): its OK is red, and the focus is on
// 取消, so an Enter pressed in passing (the key that just confirmed something else) keeps the data.
import type { ModalFuncProps } from 'antd';

export function destructive(props: ModalFuncProps): ModalFuncProps {
  return { ...props, autoFocusButton: 'cancel', okButtonProps: { ...props.okButtonProps, danger: true } };
}
