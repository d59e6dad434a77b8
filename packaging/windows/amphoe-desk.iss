; Inno Setup script: wraps the PyInstaller folder (build\dist\AmphoeDesk) into one setup.exe.
;   iscc /DAppVersion=0.1.0 packaging\windows\amphoe-desk.iss
; Per-user install (no administrator rights): %LOCALAPPDATA%\Programs\Amphoe Desk,
; a Start-menu shortcut, an optional desktop shortcut, an uninstaller; Thai and English.
; The clerk's data (%LOCALAPPDATA%\AmphoeDesk) is never touched by install or uninstall.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define SourceDir "..\..\build\dist\AmphoeDesk"

[Setup]
AppId={{6E3B1C52-2F7A-4B8E-9C41-5A3D0E7B2C19}
AppName=Amphoe Desk
AppVerName=Amphoe Desk {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Amphoe Desk
DefaultDirName={localappdata}\Programs\Amphoe Desk
DefaultGroupName=Amphoe Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\build\installer
OutputBaseFilename=AmphoeDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\amphoe-desk.ico
UninstallDisplayIcon={app}\AmphoeDesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "thai"; MessagesFile: "compiler:Languages\Thai.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
thai.DesktopIcon=สร้างทางลัดบนหน้าจอ
english.DesktopIcon=Create a desktop shortcut
thai.CommandLine=อำเภอเดสก์ (บรรทัดคำสั่ง)
english.CommandLine=Amphoe Desk (command line)

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Amphoe Desk"; Filename: "{app}\AmphoeDesk.exe"
Name: "{group}\{cm:UninstallProgram,Amphoe Desk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Amphoe Desk"; Filename: "{app}\AmphoeDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\AmphoeDesk.exe"; Description: "{cm:LaunchProgram,Amphoe Desk}"; Flags: nowait postinstall skipifsilent
