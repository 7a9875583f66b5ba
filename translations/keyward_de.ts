<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Keyward::Audit</name>
    <message>
        <source>The export could not be written: the disk is full (or a file size limit was reached). Free some space and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit checkpoint key is not available, so no checkpoint was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Audit::AuditExport</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second checkpoint for event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file cannot be read twice (it must be a regular file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (the line was altered or cut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Keyward audit export (no header line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint at event %1 has an invalid signature: it was forged or altered, or the checkpoint key is not this profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing line does not match the events above it (%1 events up to %2): lines were deleted or added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown line type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing line is missing: the end of the export was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Audit::ChainVerifier</name>
    <message>
        <source>The checkpoint at event %1 has an invalid signature: it was forged or altered, or the checkpoint key is not this profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing: the sequence jumps from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is out of order or duplicated (expected event %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 does not match its stored hash (stored %2…, recomputed %3…): the event, or the one before it, was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed checkpoint at event %1 does not match the chain (checkpoint %2…, chain %3…): the events up to %1 were rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events after %1 are missing: a signed checkpoint vouches for event %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Backup</name>
    <message>
        <source>The file %1 could not be synced to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Backup::BackupFile</name>
    <message>
        <source>The backup could not be moved into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be decrypted: it is damaged or truncated, or it belongs to another profile (another backup key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged or truncated (integrity check failed): use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Keyward backup (no backup record).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Cli::Cli</name>
    <message>
        <source>Profile NAME under the data directory (default: &quot;default&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile in DIR (also $KEYWARD_PROFILE_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where keys come from: keychain (default) or credentials ($CREDENTIALS_DIRECTORY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore even over a profile newer than the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the profile up on this machine from a recovery kit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format (jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of events (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log details (never secrets) to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keyward-cli [--profile NAME | --profile-dir DIR] [--key-source SOURCE] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage, 3 keychain unavailable or locked, or key missing, 4 integrity failure (broken audit chain, damaged file, wrong key), 5 permission denied, 6 profile in use by another process, 7 written by a newer Keyward, 8 not found, 9 disk full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keyward-cli %1 [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (--profile, --profile-dir, --key-source) apply too; see keyward-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyward-cli: unknown command &quot;%1&quot;; see keyward-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyward-cli: &quot;%1&quot; does not take --%2; see keyward-cli %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyward-cli: usage: keyward-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyward-cli: --key-source must be &quot;keychain&quot; or &quot;credentials&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Cli::Commands</name>
    <message>
        <source>Audit chain verified: %1 events, %2 checkpoints %3; head #%4 at %5 (%6…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with valid signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signatures not checked: no checkpoint key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; in %2; keys are in the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher:         SQLCipher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:         %1 (this Keyward supports up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key source:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit head:     #%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints:    %1 (last at event %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size:  %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles under %1 yet: create one with keyward-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key of &quot;%1&quot; was rotated; the new key is in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  created %1, schema %2, audit events up to #%3, %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (encrypted with the profile&apos;s backup key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s audit chain is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 is intact: it decrypts, passes the integrity check, and its audit chain verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot; from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the recovery kit with --out FILE (or - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery kit written to %1. It holds the backup and checkpoint keys: keep it offline (a password manager or a safe), never beside the backups, and delete this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only export format is jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the export with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 events and %2 checkpoints (up to #%3) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-n takes a positive number of events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a profile: a new encrypted database and its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the profile&apos;s path, cipher, schema, key source and audit head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profiles in the data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the database key (re-encrypts the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted backup while the profile stays in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a backup decrypts, is intact, and its audit chain verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the profile&apos;s database with a verified backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recovery kit (backup and checkpoint keys) needed to restore on another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the audit chain and checkpoints; exit 4 on a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log with hashes and checkpoints (--format jsonl --out FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an audit export without the database; exit 4 on tampering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the latest audit events (-n N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::ConsoleApplication</name>
    <message>
        <source>Keyward administration console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Engine::Engine</name>
    <message>
        <source>A profile already exists at %1: open it, or choose another name or directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile directory %1 cannot be created: check that its parent is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a database but no profile manifest: move it away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a schema upgrade, which only the process that owns it can do: close the other Keyward using it and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the database key needs the profile to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key comes from systemd credentials, which Keyward cannot change: rotate it with the OS keychain as key source, then provision the new key as a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was rotated but the audit event could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 belongs to another profile (%2), not to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile already exists at %1: restore into it without a recovery kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Keyward recovery kit (or it was altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine already holds the keys of profile %1: restore the backup into that profile (without --recovery-kit) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s audit log is broken (%1): it will not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is newer than the backup (its audit log reaches event %1, the backup&apos;s event %2): restoring would lose that history. Add --force to restore anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database did not open (%1); the previous one was put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Engine::ProfileSession</name>
    <message>
        <source>No profile is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::ItemModels::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Secrets</name>
    <message>
        <source>CREDENTIALS_DIRECTORY is not set: run keyward-cli from a systemd unit with LoadCredentialEncrypted=, or use the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The systemd credential &quot;%1&quot; is missing from %2: provision it with systemd-creds encrypt (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The systemd credential &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The systemd credential &quot;%1&quot; is not a Keyward key: it must hold 32 random bytes or 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd credentials are read-only: provision &quot;%1&quot; with systemd-creds encrypt, or run this command with the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd credentials (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain has no entry &quot;%1&quot; for this profile: restore it from your recovery kit, or open the profile on the machine that created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1): start and unlock your desktop keychain (Secret Service, such as GNOME Keyring or KWallet) and retry, or use --key-source credentials on a headless host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; is damaged (not a Keyward key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Storage</name>
    <message>
        <source>The database key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Keyward build has no working database encryption (SQLCipher is not active): it refuses to open the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full (or a file size limit was reached) while re-encrypting the database: free some space and retry. The database keeps its previous key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be re-encrypted: the new key does not open it. It keeps its previous key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was written by a newer Keyward (schema %1; this version understands up to %2). Install the newer Keyward to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is open for writing in another process (%2, pid %3 on %4): close it there and retry. Read-only commands such as status and audit verify work alongside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile directory %1 is read-only: Keyward cannot open it for writing. Check its permissions, or copy the profile somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile lock %1 cannot be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Keyward profile at %1: create one with keyward-cli init, pick another with --profile or --profile-dir, or restore one from a backup with its recovery kit (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile manifest %1 is damaged (%2): restore it from a backup of the profile directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was written by a newer Keyward: install it to open this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile manifest %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full (or a file size limit was reached) while writing the profile: free some space and retry. The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s database cannot be decrypted: the key does not match this profile, or the file is damaged. Check that the right keychain is unlocked, or restore the profile from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged: restore it from a backup (keyward-cli backup restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be written (the database file or its directory %1 is read-only): check the permissions of the profile directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s database cannot be opened or created: check that the profile directory %1 exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is busy in another process: wait for it to finish and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s database reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AuditPage</name>
    <message>
        <source>The chain has not been verified in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its details and hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 · %2 · %3@%4
%5 %6 → %7
Hash: %8

%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Verified up to event %1 at %2: %3 events, %4 signed checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The chain is broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::FirstRunDialog</name>
    <message>
        <source>Create a Keyward profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile holds one organisation&apos;s or environment&apos;s provider apps, connections and audit log (for example &quot;prod&quot; or &quot;staging&quot;). Its database is encrypted with a random key kept in your OS keychain, never on disk in the clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, dot, dash or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::MainWindow</name>
    <message>
        <source>Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyward %1&lt;/b&gt;&lt;p&gt;Administration console and engine for an organisation&apos;s OAuth provider connections.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is open: create one to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted store · SQLCipher %1 · schema %2 · keys in the %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit head #%1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checkpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted backup of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate database &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the database encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted with the profile&apos;s backup key, kept in the OS keychain beside the database key; see the README for restoring on another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1 (AES-256, raw 256-bit key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this Keyward supports up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2… · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (one is signed every 1,000 events and when the profile closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last at event %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward backups (*.kwbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2, audit events up to #%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward will make a new random key, re-encrypt the whole database with it and store it in the OS keychain. Backups made before keep their own key. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key was rotated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
