// The built-in columns of a SharePoint Online custom list (BaseTemplate 100), hidden ones
// included. The emulator gives every list these columns, and tests/schema checks that the
// project's own internal names stay clear of them.
//
// Internal names, types and ids: SharePoint Online's answer to `_api/web/lists(...)/fields` for a
// list created as GenericList, as recorded by the PnP Core SDK test suite (github.com/pnp/pnpcore,
// src/sdk/PnP.Core.Test/Security/MockData/ListItemSecurityTests/GetRoleAssignmentsTest-0-00005.response.json,
// June 2023). Hidden flags: the same suite's recording of the Site Pages library, which shares
// these base columns. The base data fields and their ids are also listed in Microsoft's
// [MS-WSSTS] 2.4.2 "Base Data Fields". Display names are the recorded English ones, except where
// the emulator shows the Swedish name a Swedish site would.

export interface BuiltinFieldSpec {
  internalName: string;
  /** TypeAsString. */
  type: string;
  id: string;
  hidden: boolean;
  title: string;
}

type Row = [internalName: string, type: string, id: string, hidden: boolean, title: string];

const ROWS: Row[] = [
  ["ID", "Counter", "1d22ea11-1e32-424e-89ab-9fedbadb6ce1", false, "ID"],
  ["ContentTypeId", "ContentTypeId", "03e45e84-1992-4d42-9116-26f756012634", true, "Content Type ID"],
  ["ContentType", "Computed", "c042a256-787d-4a6f-8a8a-cf6ab767f12d", false, "Content Type"],
  ["Title", "Text", "fa564e0f-0c70-4ab9-b863-0177e6ddd247", false, "Title"],
  ["Modified", "DateTime", "28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f", false, "Modified"],
  ["Created", "DateTime", "8c06beca-0777-48f7-91c7-6da68bc07b69", false, "Created"],
  ["Author", "User", "1df5e554-ec7e-46a6-901d-d85a3881cb18", false, "Created By"],
  ["Editor", "User", "d31655d1-1d5b-4511-95a1-7a09e9b75bf2", false, "Modified By"],
  ["_HasCopyDestinations", "Boolean", "26d0756c-986a-48a7-af35-bf18ab85ff4a", true, "Has Copy Destinations"],
  ["_CopySource", "Text", "6b4e226d-3d88-4a36-808d-a129bf52bccf", false, "Copy Source"],
  ["owshiddenversion", "Integer", "d4e44a66-ee3a-4d02-88c9-4ec5ff3f4cd5", true, "owshiddenversion"],
  ["WorkflowVersion", "Integer", "f1e020bc-ba26-443f-bf2f-b68715017bbc", true, "Workflow Version"],
  ["_UIVersion", "Integer", "7841bf41-43d0-4434-9f50-a673baef7631", true, "UI Version"],
  ["_UIVersionString", "Text", "dce8262a-3ae9-45aa-aab4-83bd75fb738a", false, "Version"],
  ["Attachments", "Attachments", "67df98f4-9dec-48ff-a553-29bece9c5bf4", false, "Attachments"],
  ["_ModerationStatus", "ModStat", "fdc3b2ed-5bf2-4835-a4bc-b885f3396a61", true, "Approval Status"],
  ["_ModerationComments", "Note", "34ad21eb-75bd-4544-8c73-0e08330291fe", true, "Approver Comments"],
  ["Edit", "Computed", "503f1caa-358e-4918-9094-4a2cdc4bc034", false, "Edit"],
  ["LinkTitleNoMenu", "Computed", "bc91a437-52e7-49e1-8c4e-4698904b2b6d", false, "Title"],
  ["LinkTitle", "Computed", "82642ec8-ef9b-478f-acf9-31f7d45fbc31", false, "Title"],
  ["LinkTitle2", "Computed", "5f190d91-3dbc-4489-9878-3c092caf35b6", true, "Title"],
  ["SelectTitle", "Computed", "b1f7969b-ea65-42e1-8b54-b588292635f2", true, "Select"],
  ["InstanceID", "Integer", "50a54da4-1528-4e67-954a-e2d24f1e9efb", true, "Instance ID"],
  ["Order", "Number", "ca4addac-796f-4b23-b093-d2a3f65c0774", true, "Order"],
  ["GUID", "Guid", "ae069f25-3ac2-4256-b9c3-15dbc15da0e0", true, "GUID"],
  ["WorkflowInstanceID", "Guid", "de8beacf-5505-47cd-80a6-aa44e7ffe2f4", true, "Workflow Instance ID"],
  ["FileRef", "Lookup", "94f89715-e097-4e8b-ba79-ea02aa8b7adb", true, "URL Path"],
  ["FileDirRef", "Lookup", "56605df6-8fa1-47e4-a04c-5b384d59609f", true, "Path"],
  ["Last_x0020_Modified", "Lookup", "173f76c8-aebd-446a-9bc9-769a2bd2c18f", true, "Modified"],
  ["Created_x0020_Date", "Lookup", "998b5cff-4a35-47a7-92f3-3914aa6aa4a2", true, "Created"],
  ["FSObjType", "Lookup", "30bb605f-5bae-48fe-b4e3-1f81d9772af9", true, "Item Type"],
  ["SortBehavior", "Lookup", "423874f8-c300-4bfb-b7a1-42e2159e3b19", true, "Sort Type"],
  ["PermMask", "Computed", "ba3c27ee-4791-4867-8821-ff99000bac98", true, "Effective Permissions Mask"],
  ["PrincipalCount", "Computed", "dcc67ebd-247f-4bee-8626-85ff6f69fbb6", true, "Principal Count"],
  ["FileLeafRef", "File", "8553196d-ec8d-4564-9861-3dbe931050c8", false, "Name"],
  ["UniqueId", "Lookup", "4b7403de-8d94-43e8-9f0f-137a3e298126", true, "Unique Id"],
  ["ParentUniqueId", "Lookup", "3b653cee-df6b-4cd4-b66d-ad5ce875b25e", true, "Document Parent Identifier"],
  ["SyncClientId", "Lookup", "6d2c4fde-3605-428e-a236-ce5f3dc2b4d4", true, "Client Id"],
  ["ProgId", "Lookup", "c5c4b81c-f1d9-4b43-a6a2-090df32ebb68", true, "ProgId"],
  ["ScopeId", "Lookup", "dddd2420-b270-4735-93b5-92b713d0944d", true, "ScopeId"],
  ["File_x0020_Type", "Text", "39360f11-34cf-4356-9945-25c44e68dade", true, "File Type"],
  ["HTML_x0020_File_x0020_Type", "Computed", "4ef1b78f-fdba-48dc-b8ab-3fa06a0c9804", true, "HTML File Type"],
  ["_EditMenuTableStart", "Computed", "3c6303be-e21f-4366-80d7-d6d0a3b22c7a", true, "Edit Menu Table Start"],
  ["_EditMenuTableStart2", "Computed", "1344423c-c7f9-4134-88e4-ad842e2d723c", true, "Edit Menu Table Start"],
  ["_EditMenuTableEnd", "Computed", "2ea78cef-1bf9-4019-960a-02c41636cb47", true, "Edit Menu Table End"],
  ["LinkFilenameNoMenu", "Computed", "9d30f126-ba48-446b-b8f9-83745f322ebe", false, "Name"],
  ["LinkFilename", "Computed", "5cc6dc79-3710-4374-b433-61cb4a686c12", false, "Name"],
  ["LinkFilename2", "Computed", "224ba411-da77-4050-b0eb-62d422f13d3e", true, "Name"],
  ["DocIcon", "Computed", "081c6e4c-5c14-4f20-b23e-1a71ceb6a67c", false, "Type"],
  ["ServerUrl", "Computed", "105f76ce-724a-4bba-aece-f81f2fce58f5", true, "Server Relative URL"],
  ["EncodedAbsUrl", "Computed", "7177cfc7-f399-4d4d-905d-37dd51bc90bf", true, "Encoded Absolute URL"],
  ["BaseName", "Computed", "7615464b-559e-4302-b8e2-8f440b913101", true, "File Name"],
  ["MetaInfo", "Lookup", "687c7f94-686a-42d3-9b67-2782eac4b4f8", true, "Property Bag"],
  ["_Level", "Integer", "43bdd51b-3c5b-4e78-90a8-fb2087f71e70", true, "Level"],
  ["_IsCurrentVersion", "Boolean", "c101c3e7-122d-4d4d-bc34-58e94a38c816", true, "Is Current Version"],
  ["ItemChildCount", "Lookup", "b824e17e-a1b3-426e-aecf-f0184d900485", false, "Item Child Count"],
  ["FolderChildCount", "Lookup", "960ff01f-2b6d-4f1b-9c3f-e19ad8927341", false, "Folder Child Count"],
  ["Restricted", "Lookup", "786099e5-d20a-4232-86e5-cfc3d6face96", true, "Restricted"],
  ["OriginatorId", "Lookup", "14ee99cd-bed9-474a-bf99-8f753fbad6b4", true, "Originator Id"],
  ["NoExecute", "Lookup", "0b16648a-daff-47d4-9fda-c6038b75ed27", true, "NoExecute"],
  ["ContentVersion", "Lookup", "d48268e5-c65d-486c-bbf1-874cf986d7d3", true, "Content Version"],
  ["_ComplianceFlags", "Lookup", "ccc1037f-f65e-434a-868e-8c98af31fe29", false, "Label setting"],
  ["_ComplianceTag", "Lookup", "d4b6480a-4bed-4094-9a52-30181ea38f1d", false, "Retention label"],
  ["_ComplianceTagWrittenTime", "Lookup", "92be610e-ddbb-49f4-b3b1-5c2bc768df8f", false, "Retention label Applied"],
  ["_ComplianceTagUserId", "Lookup", "418d7676-2d6f-42cf-a16a-e43d2971252a", false, "Label applied by"],
  ["_IsRecord", "Computed", "8382d247-72a9-44b1-9794-7b177edc89f3", false, "Item is a Record"],
  ["AccessPolicy", "Lookup", "b4cb04e8-622e-4c7d-8e87-b558a1bb907b", true, "Access Policy"],
  ["_VirusStatus", "Lookup", "df7ffe41-81d6-46eb-8777-444d1613c803", true, "VirusStatus"],
  ["_VirusVendorID", "Lookup", "32d407ed-15e1-4ccc-b1d4-c56f5799b256", true, "VirusVendorID"],
  ["_VirusInfo", "Lookup", "c4b1727e-aca8-4bd8-ae83-f554ae3c08eb", true, "VirusInfo"],
  ["_ColorHex", "Text", "3bdab9ac-9e5d-44d4-bde9-13b37e170618", true, "Color"],
  ["_ColorTag", "Text", "76d13cd2-1bae-45a5-8b74-545b87b65037", false, "Color Tag"],
  ["_Emoji", "Text", "d8a77d76-536b-45d2-8b9b-e4e9b00cf3dc", true, "Emoji"],
  ["AppAuthor", "Lookup", "6bfaba20-36bf-44b5-a1b2-eb6346d49716", false, "App Created By"],
  ["AppEditor", "Lookup", "e08400f3-c779-4ed2-a18c-ab7f34caa318", false, "App Modified By"],
  ["SMTotalSize", "Lookup", "4df6bfaf-f887-424e-8ea3-fd050113e7a9", true, "Total Size"],
  ["SMLastModifiedDate", "Lookup", "d340fca5-f503-4baa-bae9-90f1447ebff6", true, "Last Modified Date"],
  ["SMTotalFileStreamSize", "Lookup", "1faa4902-9115-44b9-bba7-791441ca1d6f", true, "Total File Stream Size"],
  ["SMTotalFileCount", "Lookup", "a261b12a-8ca2-47fa-a117-05861d637c7e", true, "Total File Count"],
  ["ComplianceAssetId", "Text", "3a6b296c-3f50-445c-a13f-9c679ea9dda3", false, "Compliance Asset Id"],
  ["_CommentFlags", "Lookup", "c274cbfd-084a-4017-925f-cce50c9e3eec", true, "Comment settings"],
  ["_CommentCount", "Lookup", "d307dff3-340f-44a2-9f4b-fbfe1ba07459", false, "Comment count"],
];

/** Swedish display names of the columns a person sees in a Swedish site's list settings. */
const SWEDISH_TITLES: Record<string, string> = {
  ContentTypeId: 'Innehållstyp-ID',
  ContentType: 'Innehållstyp',
  Modified: 'Ändrad',
  Created: 'Skapad',
  Author: 'Skapad av',
  Editor: 'Ändrad av',
  Attachments: 'Bifogade filer'
};

export const BUILTIN_LIST_FIELDS: readonly BuiltinFieldSpec[] = ROWS.map(([internalName, type, id, hidden, title]) => ({
  internalName,
  type,
  id,
  hidden,
  title: SWEDISH_TITLES[internalName] ?? title
}));

/** Item JSON property name of a column: names starting with _ get OData_ in front, lookups and people answer as <Name>Id. */
export function itemPropertyNames(internalName: string, type: string): string[] {
  const base = internalName.startsWith('_') ? `OData_${internalName}` : internalName;
  return type === 'Lookup' || type === 'User' ? [base, `${base}Id`] : [base];
}

/** Properties every list item answers with besides its columns (SP.ListItem and SP.SecurableObject). */
const ITEM_PROPERTIES = ['Id', 'FileSystemObjectType', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'EffectiveBasePermissions', 'HasUniqueRoleAssignments'];

/** Every name, internal or item property, a custom column must not take (compare case-insensitively). */
export const RESERVED_COLUMN_NAMES: ReadonlySet<string> = new Set(
  [...BUILTIN_LIST_FIELDS.flatMap((f) => [f.internalName, ...itemPropertyNames(f.internalName, f.type)]), ...ITEM_PROPERTIES].map((n) => n.toLowerCase())
);
