; Inno Setup script: Corroborate for Windows, installed per user (no administrator rights).
;
;   python packaging\freeze.py
;   iscc /DAppVersion=0.1.0 packaging\windows\corroborate.iss
;
; takes the frozen bundle in dist\corroborate\ and writes
; dist\corroborate-<version>-windows-x64-setup.exe. The version comes from pyproject.toml
; (`python packaging\project_version.py`); .github/workflows/package.yml passes it in.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (python packaging\project_version.py)
#endif
#define AppName "Corroborate"
#define AppExe "corroborate.exe"
#define SessionExt ".corroborate"
#define SessionProgId "Corroborate.Session"

[Setup]
AppId={{6C0F3C52-5E4B-4C36-9B7A-2F4C1D0B7E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Corroborate developers
VersionInfoVersion={#AppVersion}
; per-user install: {autopf} is %LOCALAPPDATA%\Programs and registry keys go to HKCU
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=corroborate-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\corroborate.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open Corroborate sessions (*{#SessionExt}) with Corroborate"; GroupDescription: "File types:"

[Files]
Source: "..\..\dist\corroborate\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Compare several reports of the same event"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; file association: HKA is HKCU for a per-user install, HKLM for an all-users one
Root: HKA; Subkey: "Software\Classes\{#SessionExt}"; ValueType: string; ValueName: ""; ValueData: "{#SessionProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#SessionExt}\OpenWithProgids"; ValueType: string; ValueName: "{#SessionProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#SessionProgId}"; ValueType: string; ValueName: ""; ValueData: "Corroborate session"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#SessionProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#SessionProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#SessionExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; nothing is written inside {app} at run time, but remove the folder if anything was
Type: filesandordirs; Name: "{app}"
