; Inno Setup script for Kosei on Windows (Inno Setup 6).
;   python packaging\build.py
;   iscc /DAppVersion=0.1.0 packaging\windows\kosei.iss
; Installs build\bundle\kosei for the current user (default) or for all users,
; offers Kosei under "Open with" for .md and .markdown without taking over the
; user's default app, and its uninstaller removes exactly the keys it added.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Kosei"
#define AppExe "kosei.exe"
#define ProgId "Kosei.Markdown"
#define BundleDir "..\..\build\bundle\kosei"

[Setup]
AppId={{8C4F2D1E-5B7A-4E39-9F60-3A1D2C7B8E54}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Kosei authors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the dialog (or /ALLUSERS) installs for every user.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=Kosei-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\kosei.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"

[Registry]
; HKA = HKCU for a per-user install, HKLM for an all-users install.
; The ProgID: how Kosei opens a Markdown file.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Markdown document"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Offered under "Open with" for .md/.markdown; the extensions' default value
; (the user's chosen app) is never written, and only our value is removed.
Root: HKA; Subkey: "Software\Classes\.md\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.markdown\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; Applications\kosei.exe: what "Open with > Choose another app" knows about Kosei.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".markdown"; ValueData: ""
; Default Programs / Settings > Apps > Default apps lists Kosei as a candidate.
Root: HKA; Subkey: "Software\Kosei"; Flags: uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Kosei\Capabilities"; ValueType: string; ValueName: "ApplicationName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Kosei\Capabilities"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Markdown editor for blog posts"
Root: HKA; Subkey: "Software\Kosei\Capabilities\FileAssociations"; ValueType: string; ValueName: ".md"; ValueData: "{#ProgId}"
Root: HKA; Subkey: "Software\Kosei\Capabilities\FileAssociations"; ValueType: string; ValueName: ".markdown"; ValueData: "{#ProgId}"
Root: HKA; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "{#AppName}"; ValueData: "Software\Kosei\Capabilities"; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
