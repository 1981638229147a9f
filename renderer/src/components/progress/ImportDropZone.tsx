// Where returned spreadsheets are dropped or chosen, many at a time.
import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import type { FileInput } from '../../../../electron/shared/contract';
import { fileToInput } from '../../api/files';

// The chooser offers spreadsheets, WPS's own .et among them, Word files (a form pasted into Word,
// or a report around its table, or in words), reports typed as plain text, and zips of them (taken apart by the import). Whatever is dropped is let through
// (the upload would otherwise drop a file it does not expect without a word): the import then
// says, in Chinese and naming the file, what it is and why it cannot be read.
const ACCEPT = { format: '.xlsx,.xls,.et,.xlsm,.ods,.csv,.docx,.doc,.wps,.txt,.zip', filter: 'native' as const };

interface Props {
  compact: boolean;
  disabled: boolean;
  onFiles(files: FileInput[]): void;
}

export function ImportDropZone({ compact, disabled, onFiles }: Props) {
  return (
    <Upload.Dragger
      multiple
      accept={ACCEPT}
      disabled={disabled}
      showUploadList={false}
      data-testid="import-drop"
      // Files never upload anywhere: read them here and hand the whole drop over at once.
      beforeUpload={(file, list) => {
        if (file === list[list.length - 1]) void Promise.all(list.map(fileToInput)).then(onFiles);
        return Upload.LIST_IGNORE;
      }}
      style={{ padding: compact ? 0 : undefined }}
    >
      {compact ? (
        <p style={{ margin: 0 }}>
          <InboxOutlined /> 继续拖入或点击添加文件
        </p>
      ) : (
        <>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">将各单位交回的报送表拖到这里，或点击选择文件</p>
          <p className="ant-upload-hint">可一次选择多个文件，支持 .xlsx、.xls（含 WPS 表格 .et）、.ods、.csv，表格填在 Word 里的 .docx、.doc（含 WPS 文字 .wps），以及装有这些文件的 .zip 压缩包；导入前会先预览识别结果</p>
        </>
      )}
    </Upload.Dragger>
  );
}
