<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Keyward</name>
    <message>
        <source>The export could not be written: the disk is full (or a file size limit was reached). Free some space and retry.</source>
        <translation>L&apos;export n&apos;a pas pu être écrit : le disque est plein (ou une limite de taille de fichier a été atteinte). Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>L&apos;export n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::AccessService</name>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes, underscores or @, not &quot;%1&quot;.</source>
        <translation>Un nom d&apos;utilisateur se compose de 1 à 64 lettres, chiffres, points, tirets, traits de soulignement ou @, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;.</source>
        <translation>Il existe déjà un utilisateur &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The first user of a profile must be a Security Administrator (--role security-admin).</source>
        <translation>Le premier utilisateur d&apos;un profil doit être un Administrateur de la sécurité (--role security-admin).</translation>
    </message>
    <message>
        <source>%1 is the last enabled Security Administrator: make another user one first.</source>
        <translation>%1 est le dernier Administrateur de la sécurité activé&#xa0;: attribuez d&apos;abord ce rôle à un autre utilisateur.</translation>
    </message>
    <message>
        <source>The name, password or code is wrong, or the code was used already. Check them and try again.</source>
        <translation>Le nom, le mot de passe ou le code est erroné, ou le code a déjà été utilisé. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>The password is longer than 1024 bytes: no password here is.</source>
        <translation>Le mot de passe dépasse 1024 octets&#xa0;: aucun mot de passe n&apos;est aussi long ici.</translation>
    </message>
    <message>
        <source>Sign-in needs a user name and a password.</source>
        <translation>La connexion nécessite un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>%1 signs in with a one-time code from the authenticator app (or a recovery code): give it too.</source>
        <translation>%1 se connecte avec un code à usage unique de l&apos;application d&apos;authentification (ou un code de récupération)&#xa0;: indiquez-le également.</translation>
    </message>
    <message>
        <source>The user %1 is disabled: a Security Administrator can enable it again.</source>
        <translation>L&apos;utilisateur %1 est désactivé&#xa0;: un Administrateur de la sécurité peut le réactiver.</translation>
    </message>
    <message>
        <source>The user %1 is disabled: it cannot have API tokens.</source>
        <translation>L&apos;utilisateur %1 est désactivé&#xa0;: il ne peut pas avoir de tokens d&apos;API.</translation>
    </message>
    <message>
        <source>A token of %1 (%2) cannot have the role %3: it would allow more than the user may do.</source>
        <translation>Un token de %1 (%2) ne peut pas avoir le rôle %3&#xa0;: il permettrait davantage que ce que l&apos;utilisateur a le droit de faire.</translation>
    </message>
    <message>
        <source>The token&apos;s expiry must lie in the future.</source>
        <translation>La date d&apos;expiration du token doit se situer dans le futur.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed: no token was made.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué&#xa0;: aucun token n&apos;a été créé.</translation>
    </message>
    <message>
        <source>The API token is not valid: it is unknown, expired or revoked. Ask for a new one.</source>
        <translation>Le token d&apos;API n&apos;est pas valide&#xa0;: il est inconnu, expiré ou révoqué. Demandez-en un nouveau.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::PasswordHasher</name>
    <message>
        <source>The password is empty: type a password.</source>
        <translation>Le mot de passe est vide&#xa0;: saisissez un mot de passe.</translation>
    </message>
    <message>
        <source>The password is longer than %1 bytes: use a shorter one.</source>
        <translation>Le mot de passe dépasse %1 octets&#xa0;: utilisez-en un plus court.</translation>
    </message>
    <message>
        <source>The stored password of this user is damaged or was not written by Keyward: an administrator has to set a new password.</source>
        <translation>Le mot de passe enregistré de cet utilisateur est endommagé ou n&apos;a pas été écrit par Keyward&#xa0;: un administrateur doit définir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the password: close other programs and retry.</source>
        <translation>La mémoire est insuffisante pour vérifier le mot de passe&#xa0;: fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The password hashing settings (memory %1 KiB, %2 passes, %3 lanes) are outside what Keyward accepts: check the sign-in settings.</source>
        <translation>Les paramètres de hachage des mots de passe (mémoire %1 Kio, %2 passes, %3 voies) sortent des limites acceptées par Keyward&#xa0;: vérifiez les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed: the password was not set. Retry.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué&#xa0;: le mot de passe n&apos;a pas été défini. Réessayez.</translation>
    </message>
    <message>
        <source>The password could not be hashed: retry, or report this as a bug.</source>
        <translation>Le mot de passe n&apos;a pas pu être haché&#xa0;: réessayez, ou signalez ce problème comme un bogue.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::Policy</name>
    <message>
        <source>read the profile&apos;s status</source>
        <translation>lire l&apos;état du profil</translation>
    </message>
    <message>
        <source>read and verify the audit log</source>
        <translation>lire et vérifier le journal d&apos;audit</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>create and verify backups</source>
        <translation>créer et vérifier des sauvegardes</translation>
    </message>
    <message>
        <source>rotate the database key, restore backups or export the recovery kit</source>
        <translation>renouveler la clé de base de données, restaurer des sauvegardes ou exporter le kit de récupération</translation>
    </message>
    <message>
        <source>see provider apps</source>
        <translation>voir les applications de fournisseurs</translation>
    </message>
    <message>
        <source>register, configure or rotate the secret of provider apps</source>
        <translation>enregistrer ou configurer des applications de fournisseurs, ou renouveler leur secret</translation>
    </message>
    <message>
        <source>see connections</source>
        <translation>voir les connexions</translation>
    </message>
    <message>
        <source>connect accounts</source>
        <translation>connecter des comptes</translation>
    </message>
    <message>
        <source>force a token refresh</source>
        <translation>forcer le rafraîchissement d&apos;un token</translation>
    </message>
    <message>
        <source>ask a provider about a token</source>
        <translation>interroger un fournisseur sur un token</translation>
    </message>
    <message>
        <source>revoke connections</source>
        <translation>révoquer des connexions</translation>
    </message>
    <message>
        <source>see the token key ring</source>
        <translation>voir le jeu de clés de tokens</translation>
    </message>
    <message>
        <source>rotate the token key ring</source>
        <translation>renouveler le jeu de clés de tokens</translation>
    </message>
    <message>
        <source>see background jobs</source>
        <translation>voir les tâches d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>retry or discard jobs</source>
        <translation>relancer ou abandonner des tâches</translation>
    </message>
    <message>
        <source>run the background workers</source>
        <translation>faire tourner les exécuteurs d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>see users and API tokens</source>
        <translation>voir les utilisateurs et les tokens d&apos;API</translation>
    </message>
    <message>
        <source>manage users and API tokens</source>
        <translation>gérer les utilisateurs et les tokens d&apos;API</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Administrateur de la sécurité</translation>
    </message>
    <message>
        <source>Compliance Officer</source>
        <translation>Responsable de la conformité</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the permission %4. Ask a Security Administrator.</source>
        <translation>%1 (%2) ne peut pas %3&#xa0;: il faut pour cela la permission %4. Adressez-vous à un Administrateur de la sécurité.</translation>
    </message>
    <message>
        <source>see webhook deliveries and sources</source>
        <translation>voir les livraisons et les sources de webhooks</translation>
    </message>
    <message>
        <source>configure webhook sources and their secrets</source>
        <translation>configurer les sources de webhooks et leurs secrets</translation>
    </message>
    <message>
        <source>replay webhook deliveries</source>
        <translation>rejouer des livraisons de webhooks</translation>
    </message>
    <message>
        <source>set and apply retention policies</source>
        <translation>définir et appliquer les politiques de conservation</translation>
    </message>
    <message>
        <source>generate compliance reports</source>
        <translation>générer des rapports de conformité</translation>
    </message>
    <message>
        <source>schedule compliance reports</source>
        <translation>planifier des rapports de conformité</translation>
    </message>
    <message>
        <source>export what the profile holds about a person</source>
        <translation>exporter ce que le profil contient sur une personne</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Il n&apos;y a rien à mettre dans le code QR.</translation>
    </message>
    <message>
        <source>The text for the QR code contains a NUL character, which it cannot hold.</source>
        <translation>Le texte destiné au code QR contient un caractère NUL, qu&apos;un code QR ne peut pas contenir.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>Le texte est trop long pour un code QR (%1 octets).</translation>
    </message>
    <message>
        <source>The QR code could not be made: retry, or report this as a bug.</source>
        <translation>Le code QR n&apos;a pas pu être créé&#xa0;: réessayez, ou signalez ce problème comme un bogue.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::RecoveryCodes</name>
    <message>
        <source>The system&apos;s random number generator failed: no recovery codes were made. Retry.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué&#xa0;: aucun code de récupération n&apos;a été créé. Réessayez.</translation>
    </message>
    <message>
        <source>A recovery code could not be hashed: retry, or report this as a bug.</source>
        <translation>Un code de récupération n&apos;a pas pu être haché&#xa0;: réessayez, ou signalez ce problème comme un bogue.</translation>
    </message>
    <message>
        <source>Between 1 and %1 recovery codes can be made at a time.</source>
        <translation>Il est possible de créer entre 1 et %1 codes de récupération à la fois.</translation>
    </message>
    <message>
        <source>The stored recovery codes of this user are damaged: an administrator has to reset the user&apos;s two-factor sign-in.</source>
        <translation>Les codes de récupération enregistrés de cet utilisateur sont endommagés&#xa0;: un administrateur doit réinitialiser l&apos;authentification à deux facteurs de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>That is not a recovery code: a recovery code has 16 letters and digits, like abcd-efgh-jkmn-pq23.</source>
        <translation>Ce n&apos;est pas un code de récupération&#xa0;: un code de récupération se compose de 16 lettres et chiffres, par exemple abcd-efgh-jkmn-pq23.</translation>
    </message>
    <message>
        <source>The recovery code is not one of this user&apos;s unused codes: each code works only once. Try another one from your list.</source>
        <translation>Ce code de récupération ne fait pas partie des codes inutilisés de cet utilisateur&#xa0;: chaque code ne fonctionne qu&apos;une fois. Essayez-en un autre de votre liste.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::SignInThrottle</name>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion&#xa0;: patientez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop d&apos;échecs de connexion&#xa0;: patientez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion&#xa0;: patientez %n minute, puis réessayez.</numerusform>
            <numerusform>Trop d&apos;échecs de connexion&#xa0;: patientez %n minutes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored count of failed sign-ins is damaged: an administrator has to reset it.</source>
        <translation>Le compteur enregistré des échecs de connexion est endommagé&#xa0;: un administrateur doit le réinitialiser.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::Totp</name>
    <message>
        <source>The two-factor secret is missing or shorter than %1 bytes: enroll the authenticator app again.</source>
        <translation>Le secret d&apos;authentification à deux facteurs est absent ou fait moins de %1 octets&#xa0;: configurez à nouveau l&apos;application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Two-factor codes have 6 or 8 digits and use SHA1, SHA256 or SHA512; %1 digits are not supported.</source>
        <translation>Les codes à deux facteurs comportent 6 ou 8 chiffres et utilisent SHA1, SHA256 ou SHA512&#xa0;; %1 chiffres ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>The two-factor code could not be computed: retry, or report this as a bug.</source>
        <translation>Le code à deux facteurs n&apos;a pas pu être calculé&#xa0;: réessayez, ou signalez ce problème comme un bogue.</translation>
    </message>
    <message>
        <source>The clock of this computer is set before 1970: correct it and retry.</source>
        <translation>L&apos;horloge de cet ordinateur est réglée sur une date antérieure à 1970&#xa0;: corrigez-la et réessayez.</translation>
    </message>
    <message>
        <source>No two-factor code was given: type the %1 digits your authenticator app shows.</source>
        <translation>Aucun code à deux facteurs n&apos;a été fourni&#xa0;: saisissez les %1 chiffres affichés par votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>A two-factor code has only digits: type the %1 digits your authenticator app shows.</source>
        <translation>Un code à deux facteurs ne contient que des chiffres&#xa0;: saisissez les %1 chiffres affichés par votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>The two-factor code has %1 digits, not %2: type the %2 digits your authenticator app shows.</source>
        <translation>Le code à deux facteurs comporte %1 chiffres, et non %2&#xa0;: saisissez les %2 chiffres affichés par votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>This two-factor code was already used: wait for the next code and type that one.</source>
        <translation>Ce code à deux facteurs a déjà été utilisé&#xa0;: attendez le code suivant et saisissez-le.</translation>
    </message>
    <message>
        <source>The two-factor code is wrong or has expired: type the code your authenticator app shows now, and check that the clocks of this computer and of your phone are right.</source>
        <translation>Le code à deux facteurs est erroné ou a expiré&#xa0;: saisissez le code que votre application d&apos;authentification affiche maintenant, et vérifiez que les horloges de cet ordinateur et de votre téléphone sont à l&apos;heure.</translation>
    </message>
    <message>
        <source>The two-factor secret is not valid base32: it has only the letters A to Z and the digits 2 to 7. Copy it again.</source>
        <translation>Le secret d&apos;authentification à deux facteurs n&apos;est pas un base32 valide&#xa0;: il ne contient que les lettres A à Z et les chiffres 2 à 7. Copiez-le à nouveau.</translation>
    </message>
    <message>
        <source>The enrollment link needs an issuer and an account name: neither may be empty.</source>
        <translation>Le lien d&apos;enrôlement nécessite un émetteur et un nom de compte&#xa0;: aucun des deux ne peut être vide.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; contains a colon, which authenticator apps read as the end of the issuer: choose a name without one.</source>
        <translation>L&apos;émetteur &quot;%1&quot; contient un deux-points, que les applications d&apos;authentification interprètent comme la fin de l&apos;émetteur&#xa0;: choisissez un nom qui n&apos;en contient pas.</translation>
    </message>
</context>
<context>
    <name>Keyward::Access::UserStore</name>
    <message>
        <source>There is no user &quot;%1&quot; in this profile.</source>
        <translation>Il n&apos;y a aucun utilisateur &quot;%1&quot; dans ce profil.</translation>
    </message>
    <message>
        <source>There is no API token %1.</source>
        <translation>Le token d&apos;API %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Keyward::Audit</name>
    <message>
        <source>The audit checkpoint key is not available, so no checkpoint was written.</source>
        <translation>La clé des points de contrôle d&apos;audit n&apos;est pas disponible&#xa0;; aucun point de contrôle n&apos;a donc été écrit.</translation>
    </message>
</context>
<context>
    <name>Keyward::Audit::AuditExport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a second checkpoint for event %1.</source>
        <translation>un second point de contrôle pour l&apos;événement %1.</translation>
    </message>
    <message>
        <source>The export file cannot be read twice (it must be a regular file).</source>
        <translation>Le fichier d&apos;export ne peut pas être lu deux fois (il doit s&apos;agir d&apos;un fichier régulier).</translation>
    </message>
    <message>
        <source>text after the closing line.</source>
        <translation>du texte après la ligne de clôture.</translation>
    </message>
    <message>
        <source>not valid JSON (the line was altered or cut).</source>
        <translation>JSON non valide (la ligne a été modifiée ou tronquée).</translation>
    </message>
    <message>
        <source>this is not a Keyward audit export (no header line).</source>
        <translation>ce n&apos;est pas un export d&apos;audit Keyward (pas de ligne d&apos;en-tête).</translation>
    </message>
    <message>
        <source>the checkpoint at event %1 has an invalid signature: it was forged or altered, or the checkpoint key is not this profile&apos;s.</source>
        <translation>le point de contrôle à l&apos;événement %1 a une signature non valide&#xa0;: il a été falsifié ou modifié, ou la clé des points de contrôle n&apos;est pas celle de ce profil.</translation>
    </message>
    <message>
        <source>the closing line does not match the events above it (%1 events up to %2): lines were deleted or added.</source>
        <translation>la ligne de clôture ne correspond pas aux événements qui la précèdent (%1 événements jusqu&apos;à %2)&#xa0;: des lignes ont été supprimées ou ajoutées.</translation>
    </message>
    <message>
        <source>unknown line type &quot;%1&quot;.</source>
        <translation>type de ligne inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the closing line is missing: the end of the export was cut off.</source>
        <translation>la ligne de clôture est absente&#xa0;: la fin de l&apos;export a été tronquée.</translation>
    </message>
    <message>
        <source>a checkpoint before the first event without the record of a trim that ends there: events were removed.</source>
        <translation>un point de contrôle avant le premier événement sans l’enregistrement d’une réduction qui s’y termine : des événements ont été supprimés.</translation>
    </message>
    <message>
        <source>a trim record after the first event, or a second one.</source>
        <translation>un enregistrement de réduction après le premier événement, ou un second.</translation>
    </message>
    <message>
        <source>the trim record has an invalid signature: events were removed by someone without the checkpoint key.</source>
        <translation>l’enregistrement de réduction a une signature invalide : des événements ont été supprimés par quelqu’un sans la clé des points de contrôle.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected event(s)</source>
        <translation>
            <numerusform>%n événement sélectionné</numerusform>
            <numerusform>%n événements sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Audit::AuditFilter</name>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant %1</translation>
    </message>
    <message>
        <source>actor = %1</source>
        <translation>acteur = %1</translation>
    </message>
    <message>
        <source>action = %1</source>
        <translation>action = %1</translation>
    </message>
    <message>
        <source>target = %1</source>
        <translation>cible = %1</translation>
    </message>
    <message>
        <source>outcome = %1</source>
        <translation>résultat = %1</translation>
    </message>
    <message>
        <source>details contain &quot;%1&quot;</source>
        <translation>les détails contiennent « %1 »</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
</context>
<context>
    <name>Keyward::Audit::AuditLog</name>
    <message>
        <source>The audit log can be trimmed only up to a signed checkpoint before its newest event, with the checkpoint key at hand.</source>
        <translation>Le journal d’audit ne peut être réduit que jusqu’à un point de contrôle signé antérieur à son événement le plus récent, et avec la clé des points de contrôle.</translation>
    </message>
</context>
<context>
    <name>Keyward::Audit::ChainVerifier</name>
    <message>
        <source>The checkpoint at event %1 has an invalid signature: it was forged or altered, or the checkpoint key is not this profile&apos;s.</source>
        <translation>Le point de contrôle à l&apos;événement %1 a une signature non valide&#xa0;: il a été falsifié ou modifié, ou la clé des points de contrôle n&apos;est pas celle de ce profil.</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing: the sequence jumps from %3 to %4.</source>
        <translation>Les événements %1 à %2 sont manquants&#xa0;: la séquence passe de %3 à %4.</translation>
    </message>
    <message>
        <source>Event %1 is out of order or duplicated (expected event %2).</source>
        <translation>L&apos;événement %1 est hors séquence ou en double (événement %2 attendu).</translation>
    </message>
    <message>
        <source>Event %1 does not match its stored hash (stored %2…, recomputed %3…): the event, or the one before it, was changed after it was written.</source>
        <translation>L&apos;événement %1 ne correspond pas à son empreinte enregistrée (enregistrée %2…, recalculée %3…)&#xa0;: l&apos;événement, ou celui qui le précède, a été modifié après son écriture.</translation>
    </message>
    <message>
        <source>The signed checkpoint at event %1 does not match the chain (checkpoint %2…, chain %3…): the events up to %1 were rewritten.</source>
        <translation>Le point de contrôle signé à l&apos;événement %1 ne correspond pas à la chaîne (point de contrôle %2…, chaîne %3…)&#xa0;: les événements jusqu&apos;à %1 ont été réécrits.</translation>
    </message>
    <message>
        <source>Events after %1 are missing: a signed checkpoint vouches for event %2.</source>
        <translation>Des événements postérieurs à %1 sont manquants&#xa0;: un point de contrôle signé atteste l&apos;événement %2.</translation>
    </message>
    <message>
        <source>Events up to %1 were trimmed, but the signed checkpoint that anchors the rest is missing.</source>
        <translation>Les événements jusqu’à %1 ont été supprimés, mais le point de contrôle signé qui ancre le reste est absent.</translation>
    </message>
    <message>
        <source>Events up to %1 are gone, but no trim signed with this profile&apos;s checkpoint key says so: they were removed by someone else.</source>
        <translation>Les événements jusqu’à %1 ont disparu, mais aucune réduction signée avec la clé des points de contrôle de ce profil ne l’atteste : quelqu’un d’autre les a supprimés.</translation>
    </message>
</context>
<context>
    <name>Keyward::Backup</name>
    <message>
        <source>The file %1 could not be synced to disk.</source>
        <translation>Le fichier %1 n&apos;a pas pu être synchronisé sur le disque.</translation>
    </message>
</context>
<context>
    <name>Keyward::Backup::BackupFile</name>
    <message>
        <source>The backup could not be moved into place at %1.</source>
        <translation>La sauvegarde n&apos;a pas pu être déplacée vers son emplacement final %1.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Il n&apos;y a aucun fichier de sauvegarde à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be decrypted: it is damaged or truncated, or it belongs to another profile (another backup key).</source>
        <translation>La sauvegarde %1 ne peut pas être déchiffrée&#xa0;: elle est endommagée ou tronquée, ou elle appartient à un autre profil (autre clé de sauvegarde).</translation>
    </message>
    <message>
        <source>The backup %1 is damaged.</source>
        <translation>La sauvegarde %1 est endommagée.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged or truncated (integrity check failed): use another backup.</source>
        <translation>La sauvegarde %1 est endommagée ou tronquée (échec du contrôle d&apos;intégrité)&#xa0;: utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The file %1 is not a Keyward backup (no backup record).</source>
        <translation>Le fichier %1 n&apos;est pas une sauvegarde Keyward (aucun enregistrement de sauvegarde).</translation>
    </message>
</context>
<context>
    <name>Keyward::Cli::Cli</name>
    <message>
        <source>Profile NAME under the data directory (default: &quot;default&quot;).</source>
        <translation>Profil NAME dans le répertoire de données (par défaut&#xa0;: &quot;default&quot;).</translation>
    </message>
    <message>
        <source>Profile in DIR (also $KEYWARD_PROFILE_DIR).</source>
        <translation>Profil situé dans le répertoire DIR (également via $KEYWARD_PROFILE_DIR).</translation>
    </message>
    <message>
        <source>Where keys come from: keychain (default) or credentials ($CREDENTIALS_DIRECTORY).</source>
        <translation>Provenance des clés&#xa0;: keychain (par défaut) ou credentials ($CREDENTIALS_DIRECTORY).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Produire une sortie JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Restore even over a profile newer than the backup.</source>
        <translation>Restaurer même par-dessus un profil plus récent que la sauvegarde.</translation>
    </message>
    <message>
        <source>Set the profile up on this machine from a recovery kit first.</source>
        <translation>Configurer d&apos;abord le profil sur cette machine à partir d&apos;un kit de récupération.</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>Écrire dans FILE.</translation>
    </message>
    <message>
        <source>Number of events (default 20).</source>
        <translation>Nombre d&apos;événements (20 par défaut).</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Log details (never secrets) to standard error.</source>
        <translation>Journaliser les détails (jamais de secrets) sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>Usage: keyward-cli %1 [OPTIONS]</source>
        <translation>Utilisation&#xa0;: keyward-cli %1 [OPTIONS]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Global options (--profile, --profile-dir, --key-source) apply too; see keyward-cli --help.</source>
        <translation>Les options globales (--profile, --profile-dir, --key-source) s&apos;appliquent également&#xa0;; voir keyward-cli --help.</translation>
    </message>
    <message>
        <source>keyward-cli: unknown command &quot;%1&quot;; see keyward-cli --help.</source>
        <translation>keyward-cli: commande inconnue &quot;%1&quot;&#xa0;; voir keyward-cli --help.</translation>
    </message>
    <message>
        <source>keyward-cli: &quot;%1&quot; does not take --%2; see keyward-cli %1 --help.</source>
        <translation>keyward-cli: &quot;%1&quot; n&apos;accepte pas --%2&#xa0;; voir keyward-cli %1 --help.</translation>
    </message>
    <message>
        <source>keyward-cli: usage: keyward-cli %1 %2</source>
        <translation>keyward-cli: utilisation&#xa0;: keyward-cli %1 %2</translation>
    </message>
    <message>
        <source>keyward-cli: --key-source must be &quot;keychain&quot; or &quot;credentials&quot;.</source>
        <translation>keyward-cli: --key-source doit valoir &quot;keychain&quot; ou &quot;credentials&quot;.</translation>
    </message>
    <message>
        <source>At most N rows (default 100).</source>
        <translation>Au plus N lignes (100 par défaut).</translation>
    </message>
    <message>
        <source>Worker threads (default 4).</source>
        <translation>Nombre de threads exécuteurs (4 par défaut).</translation>
    </message>
    <message>
        <source>Seconds running jobs get to finish after SIGTERM or SIGINT (default 30).</source>
        <translation>Secondes accordées aux tâches en cours pour se terminer après SIGTERM ou SIGINT (30 par défaut).</translation>
    </message>
    <message>
        <source>Only rows in STATE (jobs: pending, scheduled, running, retrying, dead, done, discarded; connections: healthy, retrying, reauthorization_required, refresh_exhausted, revoked).</source>
        <translation>Uniquement les lignes à l&apos;état STATE (tâches&#xa0;: pending, scheduled, running, retrying, dead, done, discarded&#xa0;; connexions&#xa0;: healthy, retrying, reauthorization_required, refresh_exhausted, revoked).</translation>
    </message>
    <message>
        <source>Name of the provider app.</source>
        <translation>Nom de l&apos;application de fournisseur.</translation>
    </message>
    <message>
        <source>Provider catalog entry (see `catalog list`).</source>
        <translation>Entrée du catalogue des fournisseurs (voir `catalog list`).</translation>
    </message>
    <message>
        <source>Issuer or discovery document URL (RFC 8414, OpenID Discovery).</source>
        <translation>URL de l&apos;émetteur (issuer) ou du document de découverte (RFC 8414, OpenID Discovery).</translation>
    </message>
    <message>
        <source>Authorization endpoint.</source>
        <translation>Point de terminaison d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Token endpoint.</source>
        <translation>Point de terminaison de token.</translation>
    </message>
    <message>
        <source>Revocation endpoint (RFC 7009).</source>
        <translation>Point de terminaison de révocation (RFC 7009).</translation>
    </message>
    <message>
        <source>Introspection endpoint (RFC 7662).</source>
        <translation>Point de terminaison d&apos;introspection (RFC 7662).</translation>
    </message>
    <message>
        <source>Device authorization endpoint (RFC 8628).</source>
        <translation>Point de terminaison d&apos;autorisation d&apos;appareil (RFC 8628).</translation>
    </message>
    <message>
        <source>OAuth client id.</source>
        <translation>ID client OAuth.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input.</source>
        <translation>Lire le secret client sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Space-separated scopes.</source>
        <translation>Scopes séparés par des espaces.</translation>
    </message>
    <message>
        <source>Token endpoint authentication: basic, post or none.</source>
        <translation>Authentification au point de terminaison de token&#xa0;: basic, post ou none.</translation>
    </message>
    <message>
        <source>Loopback redirect URI (default http://127.0.0.1/callback).</source>
        <translation>URI de redirection loopback (par défaut&#xa0;: http://127.0.0.1/callback).</translation>
    </message>
    <message>
        <source>PEM file of a private certificate authority to trust for this app.</source>
        <translation>Fichier PEM d&apos;une autorité de certification privée à approuver pour cette application.</translation>
    </message>
    <message>
        <source>A catalog parameter such as tenant=contoso (repeatable).</source>
        <translation>Un paramètre du catalogue tel que tenant=contoso (répétable).</translation>
    </message>
    <message>
        <source>auth-code (default), device or client-credentials.</source>
        <translation>auth-code (par défaut), device ou client-credentials.</translation>
    </message>
    <message>
        <source>Print the authorization URL instead of opening a browser.</source>
        <translation>Afficher l&apos;URL d&apos;autorisation au lieu d&apos;ouvrir un navigateur.</translation>
    </message>
    <message>
        <source>Only connections of APP.</source>
        <translation>Uniquement les connexions de l&apos;application APP.</translation>
    </message>
    <message>
        <source>Remove the connection here without revoking it at the provider.</source>
        <translation>Supprimer la connexion ici sans la révoquer auprès du fournisseur.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failure, 2 usage, 3 keychain unavailable or locked, or key missing, 4 integrity failure (broken audit chain, damaged file, wrong key), 5 permission denied, 6 profile in use by another process, 7 written by a newer Keyward, 8 not found, 9 disk full, 10 OAuth provider refused or unreachable.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 échec, 2 erreur d&apos;utilisation, 3 trousseau de clés indisponible ou verrouillé, ou clé manquante, 4 erreur d&apos;intégrité (chaîne d&apos;audit rompue, fichier endommagé, mauvaise clé), 5 permission refusée, 6 profil utilisé par un autre processus, 7 écrit par une version plus récente de Keyward, 8 introuvable, 9 disque plein, 10 refus du fournisseur OAuth ou fournisseur injoignable.</translation>
    </message>
    <message>
        <source>Refresh when this share of the lifetime remains (default 15).</source>
        <translation>Rafraîchir lorsqu&apos;il reste cette part de la durée de vie, en pourcentage (15 par défaut).</translation>
    </message>
    <message>
        <source>...or when this many minutes remain (default 10).</source>
        <translation>...ou lorsqu&apos;il reste ce nombre de minutes (10 par défaut).</translation>
    </message>
    <message>
        <source>First retry delay after a failure (default 30).</source>
        <translation>Premier délai avant une nouvelle tentative après un échec (30 par défaut).</translation>
    </message>
    <message>
        <source>Longest retry delay (default 3600).</source>
        <translation>Délai maximal avant une nouvelle tentative (3600 par défaut).</translation>
    </message>
    <message>
        <source>Failing this long marks a connection refresh-exhausted (default 96).</source>
        <translation>Une connexion en échec pendant cette durée est marquée refresh-exhausted (96 par défaut).</translation>
    </message>
    <message>
        <source>Sign in as NAME (password and one-time code asked for, or given with --password-stdin and --otp); with tokens create, the token&apos;s user.</source>
        <translation>Se connecter en tant que NAME (mot de passe et code à usage unique demandés, ou fournis avec --password-stdin et --otp)&#xa0;; avec tokens create, l&apos;utilisateur du token.</translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line: yours first when --user signs in.</source>
        <translation>Lire les mots de passe sur l&apos;entrée standard, un par ligne&#xa0;: le vôtre en premier lorsque vous vous connectez avec --user.</translation>
    </message>
    <message>
        <source>The one-time code (or a recovery code) for --user.</source>
        <translation>Le code à usage unique (ou un code de récupération) pour --user.</translation>
    </message>
    <message>
        <source>Sign in with the API token in FILE (also $KEYWARD_TOKEN).</source>
        <translation>Se connecter avec le token d&apos;API contenu dans FILE (également via $KEYWARD_TOKEN).</translation>
    </message>
    <message>
        <source>With init: create the first Security Administrator, NAME.</source>
        <translation>Avec init&#xa0;: créer le premier Administrateur de la sécurité, NAME.</translation>
    </message>
    <message>
        <source>Role: security-admin, compliance, support or auditor.</source>
        <translation>Rôle&#xa0;: security-admin, compliance, support ou auditor.</translation>
    </message>
    <message>
        <source>Token lifetime, e.g. 90d, 12h, 30m (default: never).</source>
        <translation>Durée de vie du token, par ex. 90d, 12h, 30m (par défaut&#xa0;: n&apos;expire jamais).</translation>
    </message>
    <message>
        <source>What the token is for.</source>
        <translation>À quoi sert le token.</translation>
    </message>
    <message>
        <source>Usage: keyward-cli [--profile NAME | --profile-dir DIR] [--key-source SOURCE] [--user NAME | --token-file FILE] COMMAND [OPTIONS]</source>
        <translation>Utilisation&#xa0;: keyward-cli [--profile NAME | --profile-dir DIR] [--key-source SOURCE] [--user NAME | --token-file FILE] COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Webhook signature scheme: github, stripe, slack, shopify, standard or generic.</source>
        <translation>Schéma de signature du webhook&#xa0;: github, stripe, slack, shopify, standard ou generic.</translation>
    </message>
    <message>
        <source>Read the webhook secret from FILE.</source>
        <translation>Lire le secret du webhook dans FILE.</translation>
    </message>
    <message>
        <source>The delivery&apos;s body, byte for byte as received.</source>
        <translation>Le corps de la livraison, octet pour octet, tel que reçu.</translation>
    </message>
    <message>
        <source>A request header of the delivery (repeatable).</source>
        <translation>Un en-tête de requête de la livraison (répétable).</translation>
    </message>
    <message>
        <source>Check timestamps against this time instead of now (Unix seconds).</source>
        <translation>Vérifier les horodatages par rapport à cet instant plutôt qu&apos;à l&apos;heure actuelle (secondes Unix).</translation>
    </message>
    <message>
        <source>Accept signed timestamps this many seconds old or ahead (default 300).</source>
        <translation>Accepter les horodatages signés ayant jusqu&apos;à ce nombre de secondes de retard ou d&apos;avance (300 par défaut).</translation>
    </message>
    <message>
        <source>The generic scheme&apos;s settings, a JSON file (see docs/WEBHOOKS.md).</source>
        <translation>Les paramètres du schéma générique, un fichier JSON (voir docs/WEBHOOKS.md).</translation>
    </message>
    <message>
        <source>Deliveries a second the source may send (default 1000).</source>
        <translation>Livraisons par seconde que la source peut envoyer (1000 par défaut).</translation>
    </message>
    <message>
        <source>Keep the bodies of deliveries that fail verification (for debugging a sender).</source>
        <translation>Conserver le corps des livraisons dont la vérification échoue (pour déboguer un expéditeur).</translation>
    </message>
    <message>
        <source>How long the previous secrets stay valid after a rotation (default 24).</source>
        <translation>Durée pendant laquelle les secrets précédents restent valides après un renouvellement, en heures (24 par défaut).</translation>
    </message>
    <message>
        <source>Only deliveries from SOURCE.</source>
        <translation>Uniquement les livraisons de SOURCE.</translation>
    </message>
    <message>
        <source>Receive webhooks over HTTPS on ADDRESS:PORT (/webhooks/NAME, /healthz, /readyz).</source>
        <translation>Recevoir les webhooks en HTTPS sur ADDRESS:PORT (/webhooks/NAME, /healthz, /readyz).</translation>
    </message>
    <message>
        <source>The webhook receiver&apos;s certificate chain (PEM); without it a self-signed one is made.</source>
        <translation>La chaîne de certificats du récepteur de webhooks (PEM)&#xa0;; sans elle, un certificat autosigné est créé.</translation>
    </message>
    <message>
        <source>The webhook receiver&apos;s private key (PEM).</source>
        <translation>La clé privée du récepteur de webhooks (PEM).</translation>
    </message>
    <message>
        <source>Comma-separated event types to send (default: all): connection.reauthorization_required, connection.refresh_exhausted, connection.revoked_by_provider, job.dead, audit.chain_broken.</source>
        <translation>Types d&apos;événements à envoyer, séparés par des virgules (par défaut&#xa0;: tous)&#xa0;: connection.reauthorization_required, connection.refresh_exhausted, connection.revoked_by_provider, job.dead, audit.chain_broken.</translation>
    </message>
    <message>
        <source>Where the profile&apos;s webhook receiver listens: ADDRESS:PORT (default 127.0.0.1:8443).</source>
        <translation>Où écoute le récepteur de webhooks du profil : ADRESSE:PORT (par défaut 127.0.0.1:8443).</translation>
    </message>
    <message>
        <source>The webhook receiver makes a self-signed certificate at each start (for local use).</source>
        <translation>Le récepteur de webhooks crée un certificat autosigné à chaque démarrage (pour un usage local).</translation>
    </message>
    <message>
        <source>Only audit events of ACTION (a trailing * matches a prefix).</source>
        <translation>Uniquement les événements d&apos;audit de l&apos;action ACTION (un * final désigne un préfixe).</translation>
    </message>
    <message>
        <source>Only audit events by the user NAME.</source>
        <translation>Uniquement les événements d&apos;audit de l&apos;utilisateur NAME.</translation>
    </message>
    <message>
        <source>Only audit events on TARGET (a trailing * matches a prefix).</source>
        <translation>Uniquement les événements d&apos;audit portant sur TARGET (un * final désigne un préfixe).</translation>
    </message>
    <message>
        <source>Only audit events with OUTCOME: success, failure or denied.</source>
        <translation>Uniquement les événements d&apos;audit de résultat OUTCOME : success, failure ou denied.</translation>
    </message>
    <message>
        <source>Only audit events whose details contain all these WORDS.</source>
        <translation>Uniquement les événements d&apos;audit dont les détails contiennent tous ces mots (WORDS).</translation>
    </message>
    <message>
        <source>From DATE (YYYY-MM-DD, UTC) or an ISO 8601 time, inclusive.</source>
        <translation>À partir de DATE (AAAA-MM-JJ, UTC) ou d&apos;une heure ISO 8601, incluse.</translation>
    </message>
    <message>
        <source>Until DATE (YYYY-MM-DD: to the end of that day, UTC) or an ISO 8601 time, exclusive.</source>
        <translation>Jusqu&apos;à DATE (AAAA-MM-JJ : jusqu&apos;à la fin de ce jour, UTC) ou une heure ISO 8601, exclue.</translation>
    </message>
    <message>
        <source>Format: jsonl for audit export; pdf, csv or json for reports (default: from --out&apos;s extension).</source>
        <translation>Format : jsonl pour l&apos;export d&apos;audit ; pdf, csv ou json pour les rapports (par défaut : d&apos;après l&apos;extension de --out).</translation>
    </message>
    <message>
        <source>Report type: inventory, access-review, rotation-age, failures or integrity.</source>
        <translation>Type de rapport : inventory, access-review, rotation-age, failures ou integrity.</translation>
    </message>
    <message>
        <source>When a schedule runs: five cron fields, UTC (&apos;0 6 * * 1&apos;).</source>
        <translation>Quand une planification s&apos;exécute : cinq champs cron, en UTC (&apos;0 6 * * 1&apos;).</translation>
    </message>
    <message>
        <source>The folder scheduled reports are written to.</source>
        <translation>Le dossier dans lequel les rapports planifiés sont écrits.</translation>
    </message>
    <message>
        <source>Days each scheduled report covers (default 7).</source>
        <translation>Nombre de jours couverts par chaque rapport planifié (7 par défaut).</translation>
    </message>
    <message>
        <source>Rotation age: the maximum age of a secret or key (default 90).</source>
        <translation>Ancienneté de renouvellement : âge maximal d&apos;un secret ou d&apos;une clé, en jours (90 par défaut).</translation>
    </message>
</context>
<context>
    <name>Keyward::Cli::CliSupport</name>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier de token %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>One-time code (authenticator app or recovery code): </source>
        <translation>Code à usage unique (application d&apos;authentification ou code de récupération)&#xa0;: </translation>
    </message>
    <message>
        <source>No terminal to ask for a password: give it on standard input with --password-stdin.</source>
        <translation>Aucun terminal pour demander un mot de passe&#xa0;: fournissez-le sur l&apos;entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>--%1 takes a date (YYYY-MM-DD) or an ISO 8601 time, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date (AAAA-MM-JJ) ou une heure ISO 8601, et non « %2 ».</translation>
    </message>
</context>
<context>
    <name>Keyward::Cli::Commands</name>
    <message>
        <source>Audit chain verified: %1 events, %2 checkpoints %3; head #%4 at %5 (%6…).</source>
        <translation>Chaîne d&apos;audit vérifiée&#xa0;: %1 événements, %2 points de contrôle %3&#xa0;; dernier événement #%4 du %5 (%6…).</translation>
    </message>
    <message>
        <source>with valid signatures</source>
        <translation>avec des signatures valides</translation>
    </message>
    <message>
        <source>(signatures not checked: no checkpoint key)</source>
        <translation>(signatures non vérifiées&#xa0;: aucune clé de points de contrôle)</translation>
    </message>
    <message>
        <source>Audit chain BROKEN: %1</source>
        <translation>Chaîne d&apos;audit ROMPUE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; in %2; keys are in the %3.</source>
        <translation>Profil &quot;%1&quot; créé dans %2&#xa0;; emplacement des clés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Profile:        %1</source>
        <translation>Profil&#xa0;:              %1</translation>
    </message>
    <message>
        <source>Path:           %1</source>
        <translation>Chemin&#xa0;:              %1</translation>
    </message>
    <message>
        <source>Cipher:         SQLCipher %1</source>
        <translation>Chiffrement&#xa0;:         SQLCipher %1</translation>
    </message>
    <message>
        <source>Schema:         %1 (this Keyward supports up to %2)</source>
        <translation>Schéma&#xa0;:              %1 (cette version de Keyward prend en charge jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>Key source:     %1</source>
        <translation>Source des clés&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Audit events:   %1</source>
        <translation>Événements d&apos;audit&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Audit head:     #%1 %2 at %3</source>
        <translation>Dernier événement&#xa0;:   #%1 %2 du %3</translation>
    </message>
    <message>
        <source>Checkpoints:    %1 (last at event %2)</source>
        <translation>Points de contrôle&#xa0;:  %1 (dernier à l&apos;événement %2)</translation>
    </message>
    <message>
        <source>Database size:  %1 bytes</source>
        <translation>Taille de la base&#xa0;:   %1 octets</translation>
    </message>
    <message>
        <source>No profiles under %1 yet: create one with keyward-cli init.</source>
        <translation>Aucun profil dans %1 pour l&apos;instant&#xa0;: créez-en un avec keyward-cli init.</translation>
    </message>
    <message>
        <source>The database key of &quot;%1&quot; was rotated; the new key is in the %2.</source>
        <translation>La clé de base de données de &quot;%1&quot; a été renouvelée&#xa0;; emplacement de la nouvelle clé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>  created %1, schema %2, audit events up to #%3, %4 bytes</source>
        <translation>  créée le %1, schéma %2, événements d&apos;audit jusqu&apos;à #%3, %4 octets</translation>
    </message>
    <message>
        <source>Backup written to %1 (encrypted with the profile&apos;s backup key).</source>
        <translation>Sauvegarde écrite dans %1 (chiffrée avec la clé de sauvegarde du profil).</translation>
    </message>
    <message>
        <source>The backup&apos;s audit chain is broken: %1</source>
        <translation>La chaîne d&apos;audit de la sauvegarde est rompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup %1 is intact: it decrypts, passes the integrity check, and its audit chain verifies.</source>
        <translation>La sauvegarde %1 est intacte&#xa0;: elle se déchiffre, passe le contrôle d&apos;intégrité et sa chaîne d&apos;audit est valide.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot; from %2.</source>
        <translation>&quot;%1&quot; restauré à partir de %2.</translation>
    </message>
    <message>
        <source>Say where to write the recovery kit with --out FILE (or - for standard output).</source>
        <translation>Indiquez où écrire le kit de récupération avec --out FILE (ou - pour la sortie standard).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recovery kit written to %1. It holds the backup and checkpoint keys: keep it offline (a password manager or a safe), never beside the backups, and delete this copy.</source>
        <translation>Kit de récupération écrit dans %1. Il contient les clés de sauvegarde et de points de contrôle&#xa0;: conservez-le hors ligne (dans un gestionnaire de mots de passe ou un coffre-fort), jamais à côté des sauvegardes, et supprimez cette copie.</translation>
    </message>
    <message>
        <source>The only export format is jsonl.</source>
        <translation>Le seul format d&apos;export est jsonl.</translation>
    </message>
    <message>
        <source>Say where to write the export with --out FILE.</source>
        <translation>Indiquez où écrire l&apos;export avec --out FILE.</translation>
    </message>
    <message>
        <source>Exported %1 events and %2 checkpoints (up to #%3) to %4.</source>
        <translation>%1 événements et %2 points de contrôle (jusqu&apos;à #%3) exportés vers %4.</translation>
    </message>
    <message>
        <source>-n takes a positive number of events.</source>
        <translation>-n attend un nombre positif d&apos;événements.</translation>
    </message>
    <message>
        <source>Show the profile&apos;s path, cipher, schema, key source and audit head.</source>
        <translation>Afficher le chemin, le chiffrement, le schéma, la source des clés et le dernier événement d&apos;audit du profil.</translation>
    </message>
    <message>
        <source>List the profiles in the data directory.</source>
        <translation>Lister les profils du répertoire de données.</translation>
    </message>
    <message>
        <source>Rotate the database key (re-encrypts the database).</source>
        <translation>Renouveler la clé de base de données (rechiffre la base de données).</translation>
    </message>
    <message>
        <source>Write an encrypted backup while the profile stays in use.</source>
        <translation>Écrire une sauvegarde chiffrée sans interrompre l&apos;utilisation du profil.</translation>
    </message>
    <message>
        <source>Check that a backup decrypts, is intact, and its audit chain verifies.</source>
        <translation>Vérifier qu&apos;une sauvegarde se déchiffre, qu&apos;elle est intacte et que sa chaîne d&apos;audit est valide.</translation>
    </message>
    <message>
        <source>Replace the profile&apos;s database with a verified backup.</source>
        <translation>Remplacer la base de données du profil par une sauvegarde vérifiée.</translation>
    </message>
    <message>
        <source>Write the recovery kit (backup and checkpoint keys) needed to restore on another machine.</source>
        <translation>Écrire le kit de récupération (clés de sauvegarde et de points de contrôle) nécessaire pour restaurer sur une autre machine.</translation>
    </message>
    <message>
        <source>Recompute the audit chain and checkpoints; exit 4 on a break.</source>
        <translation>Recalculer la chaîne d&apos;audit et les points de contrôle&#xa0;; code de sortie 4 en cas de rupture.</translation>
    </message>
    <message>
        <source>Export the audit log with hashes and checkpoints (--format jsonl --out FILE).</source>
        <translation>Exporter le journal d&apos;audit avec les empreintes et les points de contrôle (--format jsonl --out FILE).</translation>
    </message>
    <message>
        <source>Check an audit export without the database; exit 4 on tampering.</source>
        <translation>Vérifier un export d&apos;audit sans la base de données&#xa0;; code de sortie 4 en cas de falsification.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant de tâche.</translation>
    </message>
    <message>
        <source>  next %1</source>
        <translation>  prochaine exécution %1</translation>
    </message>
    <message>
        <source>  last error: %1</source>
        <translation>  dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown job state &quot;%1&quot;.</source>
        <translation>État de tâche inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>No %1 jobs.</source>
        <translation>Aucune tâche à l&apos;état %1.</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>  arguments: %1</source>
        <translation>  arguments&#xa0;: %1</translation>
    </message>
    <message>
        <source>  attempt %1: %2 at %3, %4 ms%5</source>
        <translation>  tentative %1&#xa0;: %2, démarrée le %3, %4 ms%5</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will run again now.</source>
        <translation>
            <numerusform>%n tâche sera relancée immédiatement.</numerusform>
            <numerusform>%n tâches seront relancées immédiatement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) discarded.</source>
        <translation>
            <numerusform>%n tâche abandonnée.</numerusform>
            <numerusform>%n tâches abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone (no such job, or running or finished): %1</source>
        <translation>Laissées inchangées (tâche inexistante, en cours ou terminée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run the engine headless (workers and scheduler) until SIGTERM or SIGINT, then drain.</source>
        <translation>Exécuter le moteur sans interface graphique (exécuteurs et planificateur) jusqu&apos;à SIGTERM ou SIGINT, puis effectuer un arrêt progressif.</translation>
    </message>
    <message>
        <source>List jobs, newest first, with queue figures (--state STATE, --limit N).</source>
        <translation>Lister les tâches, de la plus récente à la plus ancienne, avec les statistiques des files (--state STATE, --limit N).</translation>
    </message>
    <message>
        <source>Show a job with every attempt&apos;s outcome, time and error.</source>
        <translation>Afficher une tâche avec le résultat, l&apos;heure et l&apos;erreur de chaque tentative.</translation>
    </message>
    <message>
        <source>Run dead, retrying or scheduled jobs again now.</source>
        <translation>Relancer immédiatement les tâches mortes, à réessayer ou planifiées.</translation>
    </message>
    <message>
        <source>Discard waiting or dead jobs.</source>
        <translation>Abandonner les tâches en attente ou mortes.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>No client secret on standard input.</source>
        <translation>Aucun secret client sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--auth-method takes basic, post or none.</source>
        <translation>--auth-method attend basic, post ou none.</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, such as tenant=contoso.onmicrosoft.com.</source>
        <translation>--param attend NAME=VALUE, par exemple tenant=contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Registered app &quot;%1&quot; (%2), id %3.</source>
        <translation>Application &quot;%1&quot; (%2) enregistrée, ID %3.</translation>
    </message>
    <message>
        <source>Register this redirect URI at the provider: %1 (any port on 127.0.0.1 is used, as RFC 8252 allows).</source>
        <translation>Enregistrez cette URI de redirection auprès du fournisseur&#xa0;: %1 (n&apos;importe quel port de 127.0.0.1 est utilisé, comme le permet la RFC 8252).</translation>
    </message>
    <message>
        <source>No provider apps yet: add one with `keyward-cli apps add`.</source>
        <translation>Aucune application de fournisseur pour l&apos;instant&#xa0;: ajoutez-en une avec `keyward-cli apps add`.</translation>
    </message>
    <message>
        <source>none (public client)</source>
        <translation>aucun (client public)</translation>
    </message>
    <message>
        <source>The new client secret of &quot;%1&quot; was accepted by %2 and is now in use; the old one is gone from the keychain. Remove it at the provider.</source>
        <translation>Le nouveau secret client de &quot;%1&quot; a été accepté par %2 et est désormais utilisé&#xa0;; l&apos;ancien a été retiré du trousseau de clés. Supprimez-le auprès du fournisseur.</translation>
    </message>
    <message>
        <source>The browser could not be opened: visit the URL above.</source>
        <translation>Le navigateur n&apos;a pas pu être ouvert&#xa0;: ouvrez l&apos;URL ci-dessus.</translation>
    </message>
    <message>
        <source>--flow takes auth-code, device or client-credentials.</source>
        <translation>--flow attend auth-code, device ou client-credentials.</translation>
    </message>
    <message>
        <source>Open this URL in a browser to authorize Keyward:</source>
        <translation>Ouvrez cette URL dans un navigateur pour autoriser Keyward&#xa0;:</translation>
    </message>
    <message>
        <source>Opening the browser; if it does not open, visit:</source>
        <translation>Ouverture du navigateur&#xa0;; s&apos;il ne s&apos;ouvre pas, rendez-vous sur&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the code %1 at %2 (within %3 minutes).</source>
        <translation>Saisissez le code %1 sur %2 (dans les %3 minutes).</translation>
    </message>
    <message>
        <source>Connected: connection %1 for %2, expires %3.</source>
        <translation>Connecté&#xa0;: connexion %1 pour %2, expiration&#xa0;: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant de connexion.</translation>
    </message>
    <message>
        <source>Connection %1</source>
        <translation>Connexion %1</translation>
    </message>
    <message>
        <source>No connections.</source>
        <translation>Aucune connexion.</translation>
    </message>
    <message>
        <source>The process that owns the profile has not run the refresh within a minute: is it running its workers?</source>
        <translation>Le processus qui détient le profil n&apos;a pas effectué le rafraîchissement en moins d&apos;une minute&#xa0;: ses exécuteurs sont-ils en marche&#xa0;?</translation>
    </message>
    <message>
        <source>Connection %1 refreshed; the access token expires %2.</source>
        <translation>Connexion %1 rafraîchie&#xa0;; expiration du token d&apos;accès&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Connection %1 removed here (not revoked at the provider).</source>
        <translation>Connexion %1 supprimée ici (non révoquée auprès du fournisseur).</translation>
    </message>
    <message>
        <source>Connection %1 revoked at the provider and here.</source>
        <translation>Connexion %1 révoquée auprès du fournisseur et ici.</translation>
    </message>
    <message>
        <source>New token key %1 is active; every token was re-sealed under it and the old keys retired.</source>
        <translation>La nouvelle clé de tokens %1 est active&#xa0;; tous les tokens ont été rescellés avec elle et les anciennes clés ont été retirées.</translation>
    </message>
    <message>
        <source>New token key %1 is active; the process that owns the profile re-seals the tokens in the background and then retires the old keys.</source>
        <translation>La nouvelle clé de tokens %1 est active&#xa0;; le processus qui détient le profil rescelle les tokens en arrière-plan, puis retire les anciennes clés.</translation>
    </message>
    <message>
        <source>List the providers Keyward knows (ids for apps add --catalog).</source>
        <translation>Lister les fournisseurs connus de Keyward (identifiants pour apps add --catalog).</translation>
    </message>
    <message>
        <source>Register a provider app (--name, --catalog ID | --discovery URL | --authorize-url/--token-url, --client-id, --client-secret-stdin).</source>
        <translation>Enregistrer une application de fournisseur (--name, --catalog ID | --discovery URL | --authorize-url/--token-url, --client-id, --client-secret-stdin).</translation>
    </message>
    <message>
        <source>List provider apps with their redirect URI and the age of their client secret.</source>
        <translation>Lister les applications de fournisseurs avec leur URI de redirection et l&apos;ancienneté de leur secret client.</translation>
    </message>
    <message>
        <source>Replace an app&apos;s client secret (read from standard input) after proving it at the provider.</source>
        <translation>Remplacer le secret client d&apos;une application (lu sur l&apos;entrée standard) après l&apos;avoir validé auprès du fournisseur.</translation>
    </message>
    <message>
        <source>Connect an account (--flow auth-code|device|client-credentials, --scopes, --no-browser).</source>
        <translation>Connecter un compte (--flow auth-code|device|client-credentials, --scopes, --no-browser).</translation>
    </message>
    <message>
        <source>List connections with their state and expiry (--app APP, --state STATE).</source>
        <translation>Lister les connexions avec leur état et leur date d&apos;expiration (--app APP, --state STATE).</translation>
    </message>
    <message>
        <source>Show a connection: fingerprints, scopes, times, rotation count, last result. Never a token.</source>
        <translation>Afficher une connexion&#xa0;: empreintes, scopes, horodatages, nombre de rotations, dernier résultat. Jamais de token.</translation>
    </message>
    <message>
        <source>Refresh a connection&apos;s tokens now.</source>
        <translation>Rafraîchir immédiatement les tokens d&apos;une connexion.</translation>
    </message>
    <message>
        <source>Revoke a connection at the provider, then here (--local-only: here only).</source>
        <translation>Révoquer une connexion auprès du fournisseur, puis ici (--local-only&#xa0;: ici uniquement).</translation>
    </message>
    <message>
        <source>Ask the provider about the access token (RFC 7662).</source>
        <translation>Interroger le fournisseur sur le token d&apos;accès (RFC 7662).</translation>
    </message>
    <message>
        <source>Add a token key and re-seal every token under it; older keys are retired afterwards.</source>
        <translation>Ajouter une clé de tokens et resceller tous les tokens avec elle&#xa0;; les clés plus anciennes sont ensuite retirées.</translation>
    </message>
    <message>
        <source>List the token keys with their state and how many connections each seals.</source>
        <translation>Lister les clés de tokens avec leur état et le nombre de connexions scellées par chacune.</translation>
    </message>
    <message>
        <source>--%1 takes a number.</source>
        <translation>--%1 attend un nombre.</translation>
    </message>
    <message>
        <source>--ahead-percent takes a number.</source>
        <translation>--ahead-percent attend un nombre.</translation>
    </message>
    <message>
        <source>App &quot;%1&quot;: refresh when %2 % of the lifetime or %3 min remain; after a failure wait %4 s doubling up to %5 s; give up after %6 h. Applies from each connection&apos;s next refresh.</source>
        <translation>Application &quot;%1&quot;&#xa0;: rafraîchissement lorsqu&apos;il reste %2 % de la durée de vie ou %3 min&#xa0;; après un échec, attente de %4 s, doublée à chaque fois jusqu&apos;à %5 s&#xa0;; abandon après %6 h. S&apos;applique à partir du prochain rafraîchissement de chaque connexion.</translation>
    </message>
    <message>
        <source>Set an app&apos;s refresh policy (--ahead-percent, --ahead-minutes, --backoff-base-seconds, --backoff-max-seconds, --give-up-hours).</source>
        <translation>Définir la politique de rafraîchissement d&apos;une application (--ahead-percent, --ahead-minutes, --backoff-base-seconds, --backoff-max-seconds, --give-up-hours).</translation>
    </message>
    <message numerus="yes">
        <source>set %1 (%n day(s) old)</source>
        <translation>
            <numerusform>défini le %1 (il y a %n jour)</numerusform>
            <numerusform>défini le %1 (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a profile: a new encrypted database and its keys (--admin NAME: its first Security Administrator).</source>
        <translation>Créer un profil&#xa0;: une nouvelle base de données chiffrée et ses clés (--admin NAME&#xa0;: son premier Administrateur de la sécurité).</translation>
    </message>
    <message>
        <source>--role must be security-admin, compliance, support or auditor, not &quot;%1&quot;.</source>
        <translation>--role doit valoir security-admin, compliance, support ou auditor, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--expires takes a number and a unit: 90d, 12h, 30m or 45s.</source>
        <translation>--expires attend un nombre et une unité&#xa0;: 90d, 12h, 30m ou 45s.</translation>
    </message>
    <message>
        <source>--expires must be longer than zero.</source>
        <translation>--expires doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Mot de passe du nouvel utilisateur %1&#xa0;: </translation>
    </message>
    <message>
        <source>No users: whoever holds this profile&apos;s keys acts as its administrator.</source>
        <translation>Aucun utilisateur&#xa0;: quiconque détient les clés de ce profil agit en tant qu&apos;administrateur du profil.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>last signed in %1</source>
        <translation>dernière connexion le %1</translation>
    </message>
    <message>
        <source>never signed in</source>
        <translation>jamais connecté</translation>
    </message>
    <message>
        <source>The role must be security-admin, compliance, support or auditor, not &quot;%1&quot;.</source>
        <translation>Le rôle doit valoir security-admin, compliance, support ou auditor, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 a désormais le rôle %2.</translation>
    </message>
    <message>
        <source>%1 is disabled; its API tokens are revoked.</source>
        <translation>%1 est désactivé&#xa0;; ses tokens d&apos;API ont été révoqués.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 est activé.</translation>
    </message>
    <message>
        <source>tokens create needs --user NAME: the user the token acts for.</source>
        <translation>tokens create nécessite --user NAME&#xa0;: l&apos;utilisateur pour le compte duquel le token agit.</translation>
    </message>
    <message>
        <source>API token %1 for %2 (%3): shown this once; keep it like a password.</source>
        <translation>Token d&apos;API %1 pour %2 (%3)&#xa0;: affiché cette seule fois&#xa0;; conservez-le comme un mot de passe.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>A token id is a number, not &quot;%1&quot;.</source>
        <translation>Un identifiant de token est un nombre, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>API token %1 of %2 is revoked.</source>
        <translation>Le token d&apos;API %1 de %2 a été révoqué.</translation>
    </message>
    <message>
        <source>User %1 (%2). Shown this once:</source>
        <translation>Utilisateur %1 (%2). Affiché cette seule fois&#xa0;:</translation>
    </message>
    <message>
        <source>Two-factor enrollment (scan or paste into an authenticator app): %1</source>
        <translation>Enrôlement à deux facteurs (à scanner ou à coller dans une application d&apos;authentification)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery codes (each works once; keep them offline):</source>
        <translation>Codes de récupération (chacun ne fonctionne qu&apos;une fois&#xa0;; conservez-les hors ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>Add a user (--role ROLE); prints the two-factor enrollment and recovery codes once.</source>
        <translation>Ajouter un utilisateur (--role ROLE)&#xa0;; affiche une seule fois l&apos;enrôlement à deux facteurs et les codes de récupération.</translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation>Lister les utilisateurs et leurs rôles.</translation>
    </message>
    <message>
        <source>Change a user&apos;s role (the last Security Administrator stays one).</source>
        <translation>Modifier le rôle d&apos;un utilisateur (le dernier Administrateur de la sécurité conserve ce rôle).</translation>
    </message>
    <message>
        <source>Disable a user and revoke its API tokens.</source>
        <translation>Désactiver un utilisateur et révoquer ses tokens d&apos;API.</translation>
    </message>
    <message>
        <source>Enable a disabled user.</source>
        <translation>Réactiver un utilisateur désactivé.</translation>
    </message>
    <message>
        <source>Give a user a new two-factor secret and new recovery codes.</source>
        <translation>Attribuer à un utilisateur un nouveau secret d&apos;authentification à deux facteurs et de nouveaux codes de récupération.</translation>
    </message>
    <message>
        <source>Create an API token for --user NAME (--role, --expires, --label); prints it once.</source>
        <translation>Créer un token d&apos;API pour --user NAME (--role, --expires, --label)&#xa0;; l&apos;affiche une seule fois.</translation>
    </message>
    <message>
        <source>List API tokens (never the tokens).</source>
        <translation>Lister les tokens d&apos;API (jamais les tokens eux-mêmes).</translation>
    </message>
    <message>
        <source>Revoke an API token.</source>
        <translation>Révoquer un token d&apos;API.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Le mot de passe de %1 a été modifié.</translation>
    </message>
    <message>
        <source>Set a new password: your own after signing in with the old one, anyone&apos;s as a Security Administrator.</source>
        <translation>Définir un nouveau mot de passe&#xa0;: le vôtre après vous être connecté avec l&apos;ancien, celui de n&apos;importe quel utilisateur en tant qu&apos;Administrateur de la sécurité.</translation>
    </message>
    <message>
        <source>Cannot read %1 from %2.</source>
        <translation>Impossible de lire %1 depuis %2.</translation>
    </message>
    <message>
        <source>Give the secret with --secret-file FILE.</source>
        <translation>Fournissez le secret avec --secret-file FILE.</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>le secret</translation>
    </message>
    <message>
        <source>The secret file is empty.</source>
        <translation>Le fichier du secret est vide.</translation>
    </message>
    <message>
        <source>--scheme must be one of %1, not &quot;%2&quot;.</source>
        <translation>--scheme doit valoir l&apos;une des valeurs %1, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the scheme configuration</source>
        <translation>la configuration du schéma</translation>
    </message>
    <message>
        <source>The scheme configuration is not a JSON object (%1).</source>
        <translation>La configuration du schéma n&apos;est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 attend un nombre de %2 à %3.</translation>
    </message>
    <message>
        <source>Give the delivery&apos;s body with --body-file FILE (exactly as received).</source>
        <translation>Fournissez le corps de la livraison avec --body-file FILE (exactement tel que reçu).</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>le corps</translation>
    </message>
    <message>
        <source>--header takes &quot;Name: value&quot;, not &quot;%1&quot;.</source>
        <translation>--header attend &quot;Nom: valeur&quot;, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid (%1)</source>
        <translation>non valide (%1)</translation>
    </message>
    <message>
        <source>delivery %1, event %2</source>
        <translation>livraison %1, événement %2</translation>
    </message>
    <message>
        <source>(valid until %1)</source>
        <translation>(valide jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expiré)</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>secrets</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>application %1</translation>
    </message>
    <message>
        <source>Give the signature scheme with --scheme.</source>
        <translation>Indiquez le schéma de signature avec --scheme.</translation>
    </message>
    <message>
        <source>No webhook sources: add one with `webhooks sources add`.</source>
        <translation>Aucune source de webhooks&#xa0;: ajoutez-en une avec `webhooks sources add`.</translation>
    </message>
    <message>
        <source>No deliveries.</source>
        <translation>Aucune livraison.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A delivery id is a number (see `webhooks list`).</source>
        <translation>Un identifiant de livraison est un nombre (voir `webhooks list`).</translation>
    </message>
    <message>
        <source>A delivery id is a number, not &quot;%1&quot;.</source>
        <translation>Un identifiant de livraison est un nombre, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The others were not verified, or do not exist: they are never processed.</source>
        <translation>Les autres n&apos;ont pas été vérifiées ou n&apos;existent pas&#xa0;: elles ne sont jamais traitées.</translation>
    </message>
    <message>
        <source>Check a delivery&apos;s signature by hand; exit 0 when valid, 1 when not.</source>
        <translation>Vérifier manuellement la signature d&apos;une livraison&#xa0;; code de sortie 0 si elle est valide, 1 sinon.</translation>
    </message>
    <message>
        <source>Accept deliveries at /webhooks/NAME, signed per --scheme with the secret in --secret-file.</source>
        <translation>Accepter les livraisons sur /webhooks/NAME, signées selon --scheme avec le secret de --secret-file.</translation>
    </message>
    <message>
        <source>List the webhook sources and their secrets&apos; fingerprints.</source>
        <translation>Lister les sources de webhooks et les empreintes de leurs secrets.</translation>
    </message>
    <message>
        <source>Add a new secret; the old ones stay valid for --overlap-hours (default 24).</source>
        <translation>Ajouter un nouveau secret&#xa0;; les anciens restent valides pendant --overlap-hours (24 par défaut).</translation>
    </message>
    <message>
        <source>List received deliveries, newest first.</source>
        <translation>Lister les livraisons reçues, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Show a delivery: headers (secrets redacted), body and processing result.</source>
        <translation>Afficher une livraison&#xa0;: en-têtes (secrets masqués), corps et résultat du traitement.</translation>
    </message>
    <message>
        <source>Process verified deliveries again.</source>
        <translation>Traiter à nouveau des livraisons vérifiées.</translation>
    </message>
    <message>
        <source>An endpoint id is a number (see `webhooks endpoints list`).</source>
        <translation>Un identifiant de point de terminaison est un nombre (voir `webhooks endpoints list`).</translation>
    </message>
    <message>
        <source>Signing secret (shown once; give it to the receiver to verify the Standard Webhooks signatures): %1</source>
        <translation>Secret de signature (affiché une seule fois&#xa0;; transmettez-le au récepteur pour qu&apos;il vérifie les signatures Standard Webhooks)&#xa0;: %1</translation>
    </message>
    <message>
        <source>No endpoints: add one with `webhooks endpoints add URL`.</source>
        <translation>Aucun point de terminaison&#xa0;: ajoutez-en un avec `webhooks endpoints add URL`.</translation>
    </message>
    <message>
        <source>Endpoint %1 removed, with its undelivered messages and its secret.</source>
        <translation>Point de terminaison %1 supprimé, avec ses messages non livrés et son secret.</translation>
    </message>
    <message>
        <source>Send Keyward&apos;s events (--events a,b or all) to URL, signed per Standard Webhooks; prints the secret once.</source>
        <translation>Envoyer les événements de Keyward (--events a,b ou all) à URL, signés selon Standard Webhooks&#xa0;; affiche le secret une seule fois.</translation>
    </message>
    <message>
        <source>List the event endpoints and their health.</source>
        <translation>Lister les points de terminaison d&apos;événements et leur santé.</translation>
    </message>
    <message>
        <source>Switch an endpoint on again (after it answered 410 Gone, say).</source>
        <translation>Réactiver un point de terminaison (par exemple après une réponse 410 Gone).</translation>
    </message>
    <message>
        <source>Switch an endpoint off; its undelivered messages are dropped.</source>
        <translation>Désactiver un point de terminaison&#xa0;; ses messages non livrés sont abandonnés.</translation>
    </message>
    <message>
        <source>Delete an endpoint, its undelivered messages and its secret.</source>
        <translation>Supprimer un point de terminaison, ses messages non livrés et son secret.</translation>
    </message>
    <message>
        <source>google-risc tokens are checked against Google&apos;s published keys, which only `serve` fetches; verify needs an HMAC scheme.</source>
        <translation>Les tokens google-risc sont vérifiés avec les clés publiées par Google, que seul `serve` récupère&#xa0;; verify nécessite un schéma HMAC.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) queued for processing again.</source>
        <translation>
            <numerusform>%n livraison mise en file pour être traitée à nouveau.</numerusform>
            <numerusform>%n livraisons mises en file pour être traitées à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiver: on, at %1 (started by `serve` and by the console).</source>
        <translation>Récepteur : activé, sur %1 (démarré par `serve` et par la console).</translation>
    </message>
    <message>
        <source>Receiver: off (configured address %1).</source>
        <translation>Récepteur : désactivé (adresse configurée %1).</translation>
    </message>
    <message>
        <source>Certificate: self-signed, made at each start (for local use only).</source>
        <translation>Certificat : autosigné, créé à chaque démarrage (pour un usage local uniquement).</translation>
    </message>
    <message>
        <source>Certificate: %1
Key: %2</source>
        <translation>Certificat : %1
Clé : %2</translation>
    </message>
    <message>
        <source>The console or `serve` holding the profile applies this when it next opens it.</source>
        <translation>La console ou `serve` qui détient le profil l’appliquera à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>Show where the profile&apos;s webhook receiver listens and with which certificate.</source>
        <translation>Affiche où écoute le récepteur de webhooks du profil et avec quel certificat.</translation>
    </message>
    <message>
        <source>Switch the receiver on for `serve` and the console: --listen ADDRESS:PORT, --tls-cert and --tls-key (or --self-signed).</source>
        <translation>Active le récepteur pour `serve` et la console : --listen ADRESSE:PORT, --tls-cert et --tls-key (ou --self-signed).</translation>
    </message>
    <message>
        <source>Switch the receiver off (`serve --webhooks-listen` still starts one).</source>
        <translation>Désactive le récepteur (`serve --webhooks-listen` en démarre toujours un).</translation>
    </message>
    <message>
        <source>Events up to #%1 were removed by retention; the signed checkpoint at #%1 anchors the rest.</source>
        <translation>Les événements jusqu’à #%1 ont été supprimés par la conservation ; le point de contrôle signé à #%1 ancre le reste.</translation>
    </message>
    <message>
        <source>%1: %2 days%3 (at least %4)</source>
        <translation>%1 : %2 jours%3 (au moins %4)</translation>
    </message>
    <message>
        <source>, the default</source>
        <translation>, la valeur par défaut</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: one of %2.</source>
        <translation>Type « %1 » inconnu : l’un de %2.</translation>
    </message>
    <message>
        <source>DAYS is a whole number of days.</source>
        <translation>JOURS est un nombre entier de jours.</translation>
    </message>
    <message>
        <source> (the chain now starts after event %1, anchored by its signed checkpoint)</source>
        <translation> (la chaîne commence désormais après l’événement %1, ancrée par son point de contrôle signé)</translation>
    </message>
    <message>
        <source>Show how long each kind of data is kept: audit-events, job-history, webhook-payloads, revoked-connections.</source>
        <translation>Affiche la durée de conservation de chaque type de données : audit-events, job-history, webhook-payloads, revoked-connections.</translation>
    </message>
    <message>
        <source>Keep KIND for DAYS days (not below its floor); applied by the daily job or `retention apply`.</source>
        <translation>Conserve TYPE pendant JOURS jours (pas en dessous de son plancher) ; appliqué par la tâche quotidienne ou `retention apply`.</translation>
    </message>
    <message>
        <source>Remove now what the policies no longer keep, and record what was removed in the audit log.</source>
        <translation>Supprime maintenant ce que les politiques ne conservent plus, et consigne ce qui a été supprimé dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Removed %1 audit event(s)%2, %3 finished job(s), %4 webhook payload(s) and %5 outbound message(s), %6 revoked connection(s).</source>
        <translation>Supprimé : %1 événement(s) d’audit%2, %3 tâche(s) terminée(s), %4 contenu(s) de webhook et %5 message(s) sortant(s), %6 connexion(s) révoquée(s).</translation>
    </message>
    <message>
        <source>Audit events were not trimmed (%1).</source>
        <translation>Les événements d’audit n’ont pas été réduits (%1).</translation>
    </message>
    <message>
        <source>--outcome takes success, failure or denied.</source>
        <translation>--outcome attend success, failure ou denied.</translation>
    </message>
    <message>
        <source>Show the latest audit events (-n N), filtered by --action, --actor, --target, --outcome, --search, --from and --to.</source>
        <translation>Afficher les derniers événements d&apos;audit (-n N), filtrés par --action, --actor, --target, --outcome, --search, --from et --to.</translation>
    </message>
    <message>
        <source>--format takes pdf, csv or json, not &quot;%1&quot;.</source>
        <translation>--format attend pdf, csv ou json, et non « %1 ».</translation>
    </message>
    <message>
        <source>--from must lie before --to.</source>
        <translation>--from doit précéder --to.</translation>
    </message>
    <message>
        <source>Say where to write the report: --out FILE.</source>
        <translation>Indiquez où écrire le rapport : --out FILE.</translation>
    </message>
    <message>
        <source>--max-age-days takes a positive number of days.</source>
        <translation>--max-age-days attend un nombre de jours positif.</translation>
    </message>
    <message>
        <source>Wrote the %1 report (%2 rows, %3 bytes, %4) to %5; SHA-256 %6, recorded in the audit log.</source>
        <translation>Rapport « %1 » écrit dans %5 (%2 lignes, %3 octets, %4) ; SHA-256 %6, consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>--type takes one of %1.</source>
        <translation>--type attend l&apos;une des valeurs %1.</translation>
    </message>
    <message>
        <source>--format takes pdf, csv or json.</source>
        <translation>--format attend pdf, csv ou json.</translation>
    </message>
    <message>
        <source>Say where the reports go: --folder DIR.</source>
        <translation>Indiquez où placer les rapports : --folder DIR.</translation>
    </message>
    <message>
        <source>--days takes a whole number of days.</source>
        <translation>--days attend un nombre entier de jours.</translation>
    </message>
    <message>
        <source>Scheduled &quot;%1&quot;: the %2 report as %3 into %4 on &quot;%5&quot; (UTC), each covering %6 day(s). `keyward-cli serve` or the console runs it.</source>
        <translation>« %1 » planifié : le rapport « %2 » en %3 dans %4 selon « %5 » (UTC), couvrant chaque fois %6 jour(s). `keyward-cli serve` ou la console l&apos;exécute.</translation>
    </message>
    <message>
        <source>No reports are scheduled.</source>
        <translation>Aucun rapport n&apos;est planifié.</translation>
    </message>
    <message>
        <source>Removed the report schedule &quot;%1&quot;; reports already written stay.</source>
        <translation>Planification de rapport « %1 » supprimée ; les rapports déjà écrits sont conservés.</translation>
    </message>
    <message>
        <source>Write the %1 report for --from DATE --to DATE (default: the last 30 days) as --format pdf|csv|json to --out FILE.</source>
        <translation>Écrire le rapport « %1 » pour --from DATE --to DATE (par défaut : les 30 derniers jours) au format --format pdf|csv|json dans --out FILE.</translation>
    </message>
    <message>
        <source>Generate a report on a schedule into a folder: --type TYPE --cron &apos;MIN HOUR DOM MON DOW&apos; --folder DIR [--format pdf|csv|json] [--days N].</source>
        <translation>Générer un rapport selon une planification dans un dossier : --type TYPE --cron &apos;MIN HOUR DOM MON DOW&apos; --folder DIR [--format pdf|csv|json] [--days N].</translation>
    </message>
    <message>
        <source>List the scheduled reports.</source>
        <translation>Lister les rapports planifiés.</translation>
    </message>
    <message>
        <source>Stop generating a scheduled report.</source>
        <translation>Arrêter la génération d&apos;un rapport planifié.</translation>
    </message>
    <message>
        <source>Found %1 record(s): %2 connection(s), %3 audit event(s), %4 job(s), %5 webhook delivery(ies), %6 outbound event(s).</source>
        <translation>%1 enregistrement(s) trouvé(s) : %2 connexion(s), %3 événement(s) d&apos;audit, %4 tâche(s), %5 livraison(s) de webhook, %6 événement(s) sortant(s).</translation>
    </message>
    <message>
        <source>Say where to write the bundle: --out FILE.</source>
        <translation>Indiquez où écrire le paquet : --out FILE.</translation>
    </message>
    <message>
        <source>Wrote %1 record(s) about the subject to %2 (SHA-256 %3). The request is in the audit log under a keyed reference, not the subject&apos;s name.</source>
        <translation>%1 enregistrement(s) sur la personne écrit(s) dans %2 (SHA-256 %3). La demande figure dans le journal d&apos;audit sous une référence chiffrée par clé, pas sous le nom de la personne.</translation>
    </message>
    <message>
        <source>Count what the profile holds about SUBJECT (a provider account id or an e-mail address).</source>
        <translation>Compter ce que le profil contient sur SUBJECT (un identifiant de compte chez le fournisseur ou une adresse e-mail).</translation>
    </message>
    <message>
        <source>Write everything the profile holds about SUBJECT as a JSON bundle with a manifest to --out FILE.</source>
        <translation>Écrire tout ce que le profil contient sur SUBJECT dans un paquet JSON avec un manifeste vers --out FILE.</translation>
    </message>
</context>
<context>
    <name>Keyward::Cli::Serve</name>
    <message>
        <source>--workers takes a number from 1 to 64.</source>
        <translation>--workers attend un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>--drain-timeout takes a number of seconds.</source>
        <translation>--drain-timeout attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>Cannot watch for signals.</source>
        <translation>Impossible de surveiller les signaux.</translation>
    </message>
    <message>
        <source>serving profile &quot;%1&quot; with %2 workers; stop with SIGTERM or Ctrl-C.</source>
        <translation>service du profil &quot;%1&quot; avec %2 exécuteurs&#xa0;; arrêt avec SIGTERM ou Ctrl-C.</translation>
    </message>
    <message>
        <source>second signal: stopping now.</source>
        <translation>second signal&#xa0;: arrêt immédiat.</translation>
    </message>
    <message numerus="yes">
        <source>draining: %n job(s) running, up to %1 s.</source>
        <translation>
            <numerusform>arrêt progressif&#xa0;: %n tâche en cours, %1 s au plus.</numerusform>
            <numerusform>arrêt progressif&#xa0;: %n tâches en cours, %1 s au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>drain timeout: giving back the leases of jobs still running.</source>
        <translation>délai d&apos;arrêt progressif écoulé&#xa0;: restitution des baux des tâches encore en cours.</translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s) given back.</source>
        <translation>
            <numerusform>%n bail restitué.</numerusform>
            <numerusform>%n baux restitués.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation>arrêté.</translation>
    </message>
    <message>
        <source>, self-signed: for local use only</source>
        <translation>, autosigné&#xa0;: pour un usage local uniquement</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go with --webhooks-listen.</source>
        <translation>--tls-cert et --tls-key s’utilisent avec --webhooks-listen.</translation>
    </message>
    <message>
        <source>receiving webhooks on %1/webhooks/NAME (certificate SHA-256 %2%3).</source>
        <translation>réception des webhooks sur %1/webhooks/NAME (certificat SHA-256 %2%3).</translation>
    </message>
    <message>
        <source>webhook receiver not started: %1</source>
        <translation>récepteur de webhooks non démarré : %1</translation>
    </message>
</context>
<context>
    <name>Keyward::Connections</name>
    <message>
        <source>Healthy</source>
        <translation>Opérationnelle</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Rafraîchissement en cours</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative prévue</translation>
    </message>
    <message>
        <source>Reauthorization required</source>
        <translation>Réautorisation requise</translation>
    </message>
    <message>
        <source>Refresh exhausted</source>
        <translation>Rafraîchissement abandonné</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>No %1.</source>
        <translation>Introuvable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>provider app %1</source>
        <translation>application de fournisseur %1</translation>
    </message>
    <message>
        <source>There is no provider app &quot;%1&quot;: see `keyward-cli apps list`.</source>
        <translation>L&apos;application de fournisseur &quot;%1&quot; n&apos;existe pas&#xa0;: voir `keyward-cli apps list`.</translation>
    </message>
    <message>
        <source>There is no connection %1: see `keyward-cli connections list`.</source>
        <translation>La connexion %1 n&apos;existe pas&#xa0;: voir `keyward-cli connections list`.</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>connexion %1</translation>
    </message>
    <message>
        <source>A stored token names the key &quot;%1&quot;, which the key ring does not hold: restore the keychain entry or reconnect the account.</source>
        <translation>Un token enregistré fait référence à la clé &quot;%1&quot;, que le jeu de clés ne contient pas&#xa0;: restaurez l&apos;entrée du trousseau de clés ou reconnectez le compte.</translation>
    </message>
    <message>
        <source>No random bytes.</source>
        <translation>Aucun octet aléatoire disponible.</translation>
    </message>
    <message>
        <source>A token could not be encrypted.</source>
        <translation>Un token n&apos;a pas pu être chiffré.</translation>
    </message>
    <message>
        <source>The token key %1 still seals %2 connection(s); it is retired once they are re-sealed.</source>
        <translation>La clé de tokens %1 scelle encore %2 connexion(s)&#xa0;; elle sera retirée une fois celles-ci rescellées.</translation>
    </message>
    <message>
        <source>A stored token does not decrypt: it was changed outside Keyward, or its key is not the one in the keychain. Reconnect the account.</source>
        <translation>Un token enregistré ne se déchiffre pas&#xa0;: il a été modifié en dehors de Keyward, ou sa clé n&apos;est pas celle du trousseau de clés. Reconnectez le compte.</translation>
    </message>
</context>
<context>
    <name>Keyward::Connections::ConnectFlow</name>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>%1 (app &quot;%2&quot;) does not support the %3 flow.</source>
        <translation>%1 (application &quot;%2&quot;) ne prend pas en charge le flux %3.</translation>
    </message>
    <message>
        <source>The app has no authorization endpoint.</source>
        <translation>L&apos;application n&apos;a pas de point de terminaison d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Keyward cannot listen on 127.0.0.1 for the browser&apos;s redirect.</source>
        <translation>Keyward ne peut pas écouter sur 127.0.0.1 pour recevoir la redirection du navigateur.</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s): start again.</source>
        <translation>
            <numerusform>Aucune réponse du navigateur en %n minute&#xa0;: recommencez.</numerusform>
            <numerusform>Aucune réponse du navigateur en %n minutes&#xa0;: recommencez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyward: not connected</source>
        <translation>Keyward&#xa0;: non connecté</translation>
    </message>
    <message>
        <source>Exchanging the authorization code…</source>
        <translation>Échange du code d&apos;autorisation…</translation>
    </message>
    <message>
        <source>The device code expired before the request was approved: start again.</source>
        <translation>Le code d&apos;appareil a expiré avant l&apos;approbation de la demande&#xa0;: recommencez.</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>%1 returned no ID token although the openid scope was granted.</source>
        <translation>%1 n&apos;a renvoyé aucun ID token bien que le scope openid ait été accordé.</translation>
    </message>
    <message>
        <source>%1 publishes no signing keys (jwks_uri): the ID token cannot be checked.</source>
        <translation>%1 ne publie aucune clé de signature (jwks_uri)&#xa0;: l&apos;ID token ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>The ID token from %1 was rejected: %2.</source>
        <translation>L&apos;ID token de %1 a été rejeté&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Keyward did not accept this authorization: %1 Return to Keyward.</source>
        <translation>Keyward n’a pas accepté cette autorisation : %1 Revenez à Keyward.</translation>
    </message>
</context>
<context>
    <name>Keyward::Connections::ConnectionService</name>
    <message>
        <source>The app needs a name (--name).</source>
        <translation>L&apos;application doit avoir un nom (--name).</translation>
    </message>
    <message>
        <source>The app needs a client id (--client-id).</source>
        <translation>L&apos;application doit avoir un ID client (--client-id).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the provider catalog. Known: %2.</source>
        <translation>&quot;%1&quot; ne figure pas dans le catalogue des fournisseurs. Connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The app needs a token endpoint: give --discovery URL, or --authorize-url and --token-url.</source>
        <translation>L&apos;application doit avoir un point de terminaison de token&#xa0;: indiquez --discovery URL, ou --authorize-url et --token-url.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// URL: OAuth endpoints must use TLS (plain http is accepted only on 127.0.0.1).</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL https://&#xa0;: les points de terminaison OAuth doivent utiliser TLS (le http non chiffré n&apos;est accepté que sur 127.0.0.1).</translation>
    </message>
    <message>
        <source>The %1 method authenticates with a client secret: give it on standard input (--client-secret-stdin), or use --auth-method none for a public client.</source>
        <translation>La méthode %1 s&apos;authentifie avec un secret client&#xa0;: fournissez-le sur l&apos;entrée standard (--client-secret-stdin), ou utilisez --auth-method none pour un client public.</translation>
    </message>
    <message>
        <source>The redirect URI must be a loopback URI such as http://127.0.0.1/callback (RFC 8252): Keyward receives the browser&apos;s redirect itself.</source>
        <translation>L&apos;URI de redirection doit être une URI loopback telle que http://127.0.0.1/callback (RFC 8252)&#xa0;: Keyward reçoit lui-même la redirection du navigateur.</translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>Le fichier de l&apos;AC ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Discovery at %1 failed: %2</source>
        <translation>Échec de la découverte sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The provider advertises no token endpoint.</source>
        <translation>Le fournisseur n&apos;annonce aucun point de terminaison de token.</translation>
    </message>
    <message>
        <source>An app named &quot;%1&quot; exists already.</source>
        <translation>Une application nommée &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>The new client secret is empty.</source>
        <translation>Le nouveau secret client est vide.</translation>
    </message>
    <message>
        <source>The new client secret was not accepted, so the old one stays in use: %1</source>
        <translation>Le nouveau secret client n&apos;a pas été accepté&#xa0;; l&apos;ancien reste donc utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connection %1 is revoked: connect the account again.</source>
        <translation>La connexion %1 est révoquée&#xa0;: connectez à nouveau le compte.</translation>
    </message>
    <message>
        <source>Connection %1 needs reauthorization: %2</source>
        <translation>La connexion %1 doit être réautorisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connection %1 has no refresh token (%2 issues none): connect the account again when the access token expires.</source>
        <translation>La connexion %1 n&apos;a pas de refresh token (%2 n&apos;en émet pas)&#xa0;: connectez à nouveau le compte à l&apos;expiration du token d&apos;accès.</translation>
    </message>
    <message>
        <source>Connection %1 (%2, %3) needs reauthorization: %4</source>
        <translation>La connexion %1 (%2, %3) doit être réautorisée&#xa0;: %4</translation>
    </message>
    <message>
        <source>Connection %1 (%2): refreshing has failed since %3 and Keyward gave up. Last error: %4</source>
        <translation>Connexion %1 (%2)&#xa0;: le rafraîchissement échoue depuis %3 et Keyward a abandonné. Dernière erreur&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 offers no token revocation endpoint: revoke the grant in the provider&apos;s console, then remove it here with --local-only.</source>
        <translation>%1 ne propose pas de point de terminaison de révocation de token&#xa0;: révoquez l&apos;autorisation dans la console du fournisseur, puis supprimez la connexion ici avec --local-only.</translation>
    </message>
    <message>
        <source>The connection was not revoked (nothing changed here): %1</source>
        <translation>La connexion n&apos;a pas été révoquée (rien n&apos;a été modifié ici)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connection %1 holds no token (it is revoked).</source>
        <translation>La connexion %1 ne contient aucun token (elle est révoquée).</translation>
    </message>
    <message>
        <source>These refresh settings cannot work: refresh ahead 0–90 % of the lifetime, a backoff base of at least 1 s and a maximum no smaller than the base, a give-up window of at least a minute.</source>
        <translation>Ces paramètres de rafraîchissement ne peuvent pas fonctionner&#xa0;: il faut un rafraîchissement anticipé à 0–90 % de la durée de vie, un délai de base d&apos;au moins 1 s et un maximum au moins égal à la base, ainsi qu&apos;une fenêtre d&apos;abandon d&apos;au moins une minute.</translation>
    </message>
</context>
<context>
    <name>Keyward::ConsoleApplication</name>
    <message>
        <source>Keyward administration console</source>
        <translation>Console d&apos;administration Keyward</translation>
    </message>
    <message>
        <source>Open profile NAME.</source>
        <translation>Ouvrir le profil NAME.</translation>
    </message>
    <message>
        <source>Open the profile in DIR.</source>
        <translation>Ouvrir le profil situé dans DIR.</translation>
    </message>
</context>
<context>
    <name>Keyward::Engine::Engine</name>
    <message>
        <source>A profile already exists at %1: open it, or choose another name or directory.</source>
        <translation>Un profil existe déjà à l&apos;emplacement %1&#xa0;: ouvrez-le, ou choisissez un autre nom ou un autre répertoire.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué.</translation>
    </message>
    <message>
        <source>The profile directory %1 cannot be created: check that its parent is writable.</source>
        <translation>Impossible de créer le répertoire de profil %1&#xa0;: vérifiez que son répertoire parent est accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 already holds a database but no profile manifest: move it away first.</source>
        <translation>%1 contient déjà une base de données mais aucun manifeste de profil&#xa0;: déplacez d&apos;abord cette base de données ailleurs.</translation>
    </message>
    <message>
        <source>The profile needs a schema upgrade, which only the process that owns it can do: close the other Keyward using it and retry.</source>
        <translation>Le profil nécessite une mise à niveau du schéma, que seul le processus qui le détient peut effectuer&#xa0;: fermez l&apos;autre instance de Keyward qui l&apos;utilise, puis réessayez.</translation>
    </message>
    <message>
        <source>Rotating the database key needs the profile to itself.</source>
        <translation>Le renouvellement de la clé de base de données nécessite un accès exclusif au profil.</translation>
    </message>
    <message>
        <source>The database key comes from systemd credentials, which Keyward cannot change: rotate it with the OS keychain as key source, then provision the new key as a credential.</source>
        <translation>La clé de base de données provient des identifiants systemd, que Keyward ne peut pas modifier&#xa0;: renouvelez-la avec le trousseau de clés du système comme source de clés, puis provisionnez la nouvelle clé en tant qu&apos;identifiant systemd.</translation>
    </message>
    <message>
        <source>The key was rotated but the audit event could not be written.</source>
        <translation>La clé a été renouvelée, mais l&apos;événement d&apos;audit n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The backup %1 belongs to another profile (%2), not to &quot;%3&quot;.</source>
        <translation>La sauvegarde %1 appartient à un autre profil (%2), et non à &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>A profile already exists at %1: restore into it without a recovery kit.</source>
        <translation>Un profil existe déjà à l&apos;emplacement %1&#xa0;: restaurez-y la sauvegarde sans kit de récupération.</translation>
    </message>
    <message>
        <source>This is not a Keyward recovery kit (or it was altered).</source>
        <translation>Ceci n&apos;est pas un kit de récupération Keyward (ou il a été modifié).</translation>
    </message>
    <message>
        <source>This machine already holds the keys of profile %1: restore the backup into that profile (without --recovery-kit) instead.</source>
        <translation>Cette machine détient déjà les clés du profil %1&#xa0;: restaurez plutôt la sauvegarde dans ce profil (sans --recovery-kit).</translation>
    </message>
    <message>
        <source>The backup&apos;s audit log is broken (%1): it will not be restored.</source>
        <translation>Le journal d&apos;audit de la sauvegarde est endommagé (%1)&#xa0;: elle ne sera pas restaurée.</translation>
    </message>
    <message>
        <source>The backup could not be copied into %1.</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée dans %1.</translation>
    </message>
    <message>
        <source>The restored database could not be moved into place.</source>
        <translation>La base de données restaurée n&apos;a pas pu être déplacée vers son emplacement final.</translation>
    </message>
    <message>
        <source>The restored database did not open (%1); the previous one was put back.</source>
        <translation>La base de données restaurée ne s&apos;est pas ouverte (%1)&#xa0;; la précédente a été remise en place.</translation>
    </message>
    <message>
        <source>The profile is newer than the backup (%1 changes after the backup&apos;s last event %2; the profile reaches event %3): restoring would lose them. Add --force to restore anyway.</source>
        <translation>Le profil est plus récent que la sauvegarde (%1 modifications après le dernier événement %2 de la sauvegarde&#xa0;; le profil atteint l&apos;événement %3)&#xa0;: la restauration les perdrait. Ajoutez --force pour restaurer quand même.</translation>
    </message>
    <message>
        <source>Only the process that owns the profile runs its workers: close the other Keyward using it.</source>
        <translation>Seul le processus qui détient le profil fait tourner ses exécuteurs&#xa0;: fermez l&apos;autre instance de Keyward qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>The dead job could not be recorded in the audit log.</source>
        <translation>La tâche morte n&apos;a pas pu être consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The change could not be recorded in the audit log.</source>
        <translation>La modification n&apos;a pas pu être consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The user %1 was disabled: this session ends.</source>
        <translation>L&apos;utilisateur %1 a été désactivé&#xa0;: cette session prend fin.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has users: sign in with --user NAME (and --password-stdin, --otp) or an API token (--token-file or $KEYWARD_TOKEN).</source>
        <translation>Le profil &quot;%1&quot; a des utilisateurs&#xa0;: connectez-vous avec --user NAME (et --password-stdin, --otp) ou avec un token d&apos;API (--token-file ou $KEYWARD_TOKEN).</translation>
    </message>
    <message>
        <source>The webhook receiver runs only where the workers run (they process what it records).</source>
        <translation>Le récepteur de webhooks ne tourne que là où tournent les workers (ils traitent ce qu’il enregistre).</translation>
    </message>
    <message>
        <source>The profile&apos;s database file is damaged: restore it from a backup.</source>
        <translation>Le fichier de base de données du profil est endommagé : restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Keyward::Engine::ProfileSession</name>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The console is locked for %1: only %1 can unlock it (or open the profile again to sign in as someone else).</source>
        <translation>La console est verrouillée pour %1&#xa0;: seul %1 peut la déverrouiller (ou rouvrez le profil pour vous connecter sous une autre identité).</translation>
    </message>
    <message>
        <source>Not started: the receiver runs where the engine&apos;s workers run, and your role does not run them. Sign in as a Security Administrator or Support, or run `keyward-cli serve`.</source>
        <translation>Non démarré : le récepteur tourne là où tournent les workers du moteur, et votre rôle ne les exécute pas. Connectez-vous en tant qu’administrateur de la sécurité ou support, ou lancez `keyward-cli serve`.</translation>
    </message>
    <message>
        <source>The webhook receiver did not start: %1</source>
        <translation>Le récepteur de webhooks n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Another profile was opened meanwhile; its receiver follows its settings.</source>
        <translation>Un autre profil a été ouvert entre-temps ; son récepteur suit ses propres réglages.</translation>
    </message>
</context>
<context>
    <name>Keyward::ItemModels::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Keyward::ItemModels::ConnectionTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Expiration (UTC)</translation>
    </message>
    <message>
        <source>Last refresh (UTC)</source>
        <translation>Dernier rafraîchissement (UTC)</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotations</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>Keyward::ItemModels::DeliveryTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>body too large</source>
        <translation>corps trop volumineux</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>aucune signature</translation>
    </message>
    <message>
        <source>malformed signature</source>
        <translation>signature mal formée</translation>
    </message>
    <message>
        <source>no timestamp</source>
        <translation>aucun horodatage</translation>
    </message>
    <message>
        <source>malformed timestamp</source>
        <translation>horodatage mal formé</translation>
    </message>
    <message>
        <source>no delivery id</source>
        <translation>aucun identifiant de livraison</translation>
    </message>
    <message>
        <source>timestamp too old</source>
        <translation>horodatage trop ancien</translation>
    </message>
    <message>
        <source>timestamp in the future</source>
        <translation>horodatage dans le futur</translation>
    </message>
    <message>
        <source>wrong signature</source>
        <translation>signature incorrecte</translation>
    </message>
    <message>
        <source>no active secret</source>
        <translation>aucun secret actif</translation>
    </message>
    <message>
        <source>The body was larger than the receiver accepts, so its signature was not checked.</source>
        <translation>Le corps dépassait la taille acceptée par le récepteur&#xa0;; sa signature n&apos;a donc pas été vérifiée.</translation>
    </message>
    <message>
        <source>Refused before verification (%1).</source>
        <translation>Refusée avant la vérification (%1).</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>traitée</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>unknown signing key</source>
        <translation>clé de signature inconnue</translation>
    </message>
    <message>
        <source>wrong issuer or audience</source>
        <translation>émetteur ou audience incorrects</translation>
    </message>
</context>
<context>
    <name>Keyward::ItemModels::JobTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next run / finished (UTC)</source>
        <translation>Prochaine exécution / fin (UTC)</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>Keyward::Jobs</name>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>jour du mois</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <source>The cron expression &quot;%1&quot; is invalid: %2</source>
        <translation>L&apos;expression cron &quot;%1&quot; n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2 is out of range %3–%4.</source>
        <translation>la valeur %2 du champ %1 est hors de la plage %3–%4.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: use a number from %3 to %4 or a name from %5 to %6.</source>
        <translation>la valeur &quot;%2&quot; du champ %1 n&apos;est pas valide&#xa0;: utilisez un nombre de %3 à %4 ou un nom de %5 à %6.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: use a number from %3 to %4.</source>
        <translation>la valeur &quot;%2&quot; du champ %1 n&apos;est pas valide&#xa0;: utilisez un nombre de %3 à %4.</translation>
    </message>
    <message>
        <source>%1 step &quot;%2&quot; is not valid: use a whole number from 1 to %3.</source>
        <translation>le pas &quot;%2&quot; du champ %1 n&apos;est pas valide&#xa0;: utilisez un nombre entier de 1 à %3.</translation>
    </message>
    <message>
        <source>%1 range &quot;%2&quot; runs backwards: write the smaller value first.</source>
        <translation>l&apos;intervalle &quot;%2&quot; du champ %1 est inversé&#xa0;: écrivez d&apos;abord la plus petite valeur.</translation>
    </message>
    <message>
        <source>The cron expression is empty: write five fields (minute hour day-of-month month day-of-week) or a macro such as @daily.</source>
        <translation>L&apos;expression cron est vide&#xa0;: écrivez cinq champs (minute heure jour-du-mois mois jour-de-la-semaine) ou une macro comme @daily.</translation>
    </message>
    <message>
        <source>%1 is not a known macro: use @yearly, @annually, @monthly, @weekly, @daily, @midnight or @hourly.</source>
        <translation>%1 n&apos;est pas une macro connue&#xa0;: utilisez @yearly, @annually, @monthly, @weekly, @daily, @midnight ou @hourly.</translation>
    </message>
    <message>
        <source>it needs five fields (minute hour day-of-month month day-of-week), not %1.</source>
        <translation>elle doit comporter cinq champs (minute heure jour-du-mois mois jour-de-la-semaine), et non %1.</translation>
    </message>
    <message>
        <source>The handler gave up: retrying cannot fix this.</source>
        <translation>Le gestionnaire a renoncé&#xa0;: relancer la tâche n&apos;y changera rien.</translation>
    </message>
    <message>
        <source>All %1 attempts failed.</source>
        <translation>Les %1 tentatives ont toutes échoué.</translation>
    </message>
    <message>
        <source>The job would be older than its maximum age (%1 s) at its next attempt.</source>
        <translation>La tâche dépasserait son âge maximal (%1 s) lors de sa prochaine tentative.</translation>
    </message>
</context>
<context>
    <name>Keyward::Jobs::JobRunner</name>
    <message>
        <source>No handler for job type &quot;%1&quot; in this Keyward.</source>
        <translation>Cette version de Keyward n&apos;a aucun gestionnaire pour le type de tâche &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The handler failed: %1</source>
        <translation>Le gestionnaire a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The handler failed with an unknown error.</source>
        <translation>Le gestionnaire a échoué avec une erreur inconnue.</translation>
    </message>
    <message>
        <source>The %1 queue is falling behind: its oldest due job has waited %2 s (threshold %3 s, %4 jobs due).</source>
        <translation>La file %1 prend du retard&#xa0;: sa plus ancienne tâche due attend depuis %2 s (seuil %3 s, %4 tâches dues).</translation>
    </message>
    <message>
        <source>Job %1 is dead: it will not run again until someone retries it (Jobs page).</source>
        <translation>La tâche %1 est morte&#xa0;: elle ne s&apos;exécutera plus tant que personne ne la relance (page Tâches).</translation>
    </message>
</context>
<context>
    <name>Keyward::Jobs::JobStore</name>
    <message>
        <source>A job needs a type.</source>
        <translation>Une tâche doit avoir un type.</translation>
    </message>
    <message>
        <source>Job %1 no longer holds this worker&apos;s lease: its result was not recorded.</source>
        <translation>La tâche %1 ne détient plus le bail de cet exécuteur&#xa0;: son résultat n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The worker running attempt %1 stopped answering (its lease expired).</source>
        <translation>L&apos;exécuteur chargé de la tentative %1 ne répond plus (son bail a expiré).</translation>
    </message>
    <message>
        <source>Released while the worker pool shut down.</source>
        <translation>Libérée lors de l&apos;arrêt du pool d&apos;exécuteurs.</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>La tâche %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never comes due: check its day and month.</source>
        <translation>La planification &quot;%1&quot; n&apos;arrive jamais à échéance&#xa0;: vérifiez son jour et son mois.</translation>
    </message>
</context>
<context>
    <name>Keyward::OAuth</name>
    <message>
        <source>the state does not match this request</source>
        <translation>le paramètre state ne correspond pas à cette demande</translation>
    </message>
    <message>
        <source>the redirect names the issuer &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>la redirection indique l&apos;émetteur &quot;%1&quot; au lieu de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the redirect has no code</source>
        <translation>la redirection ne contient aucun code</translation>
    </message>
    <message>
        <source>not a compact JWS</source>
        <translation>ce n&apos;est pas un JWS compact</translation>
    </message>
    <message>
        <source>signature algorithm &quot;%1&quot; is not accepted</source>
        <translation>l&apos;algorithme de signature &quot;%1&quot; n&apos;est pas accepté</translation>
    </message>
    <message>
        <source>no signing key &quot;%1&quot; in the provider&apos;s key set</source>
        <translation>aucune clé de signature &quot;%1&quot; dans le jeu de clés du fournisseur</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>la signature n&apos;est pas valide</translation>
    </message>
    <message>
        <source>issuer &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>émetteur &quot;%1&quot; au lieu de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the token is not meant for this client (audience %1)</source>
        <translation>le token n&apos;est pas destiné à ce client (audience %1)</translation>
    </message>
    <message>
        <source>several audiences and azp is not this client</source>
        <translation>plusieurs audiences et azp ne désigne pas ce client</translation>
    </message>
    <message>
        <source>the token expired</source>
        <translation>le token a expiré</translation>
    </message>
    <message>
        <source>the token was issued in the future</source>
        <translation>le token a été émis dans le futur</translation>
    </message>
    <message>
        <source>the nonce does not match this request</source>
        <translation>le nonce ne correspond pas à cette demande</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>The authorization reached Keyward. You can close this tab.</source>
        <translation>L&apos;autorisation est parvenue à Keyward. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be an https:// URL (http:// only for localhost or 127.0.0.1), not &quot;%2&quot;.</source>
        <translation>le champ &quot;%1&quot; doit être une URL https:// (http:// uniquement pour localhost ou 127.0.0.1), et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is unknown.</source>
        <translation>le champ &quot;%1&quot; est inconnu.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a string.</source>
        <translation>le champ &quot;%1&quot; doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be true or false.</source>
        <translation>le champ &quot;%1&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a whole number of 0 or more.</source>
        <translation>le champ &quot;%1&quot; doit être un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list of strings.</source>
        <translation>le champ &quot;%1&quot; doit être une liste de chaînes de caractères.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be an object.</source>
        <translation>le champ &quot;%1&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be a list of objects.</source>
        <translation>le champ &quot;%1&quot; doit être une liste d&apos;objets.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; has the unknown value &quot;%2&quot; (expected %3).</source>
        <translation>le champ &quot;%1&quot; a la valeur inconnue &quot;%2&quot; (attendu&#xa0;: %3).</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing.</source>
        <translation>le champ &quot;%1&quot; est absent.</translation>
    </message>
    <message>
        <source>the field &quot;flows&quot; has the unknown flow &quot;%1&quot; (expected auth-code, device, client-credentials).</source>
        <translation>le champ &quot;flows&quot; contient le flux inconnu &quot;%1&quot; (attendu&#xa0;: auth-code, device, client-credentials).</translation>
    </message>
    <message>
        <source>the field &quot;flows&quot; lists &quot;%1&quot; twice.</source>
        <translation>le champ &quot;flows&quot; mentionne &quot;%1&quot; deux fois.</translation>
    </message>
    <message>
        <source>the field &quot;id&quot; must be lower-case letters, digits and hyphens, not &quot;%1&quot;.</source>
        <translation>le champ &quot;id&quot; doit se composer de lettres minuscules, de chiffres et de traits d&apos;union, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;name&quot; must not be empty.</source>
        <translation>le champ &quot;name&quot; ne doit pas être vide.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must start with a lower-case letter and hold only lower-case letters, digits and underscores, not &quot;%2&quot;.</source>
        <translation>le champ &quot;%1&quot; doit commencer par une lettre minuscule et ne contenir que des lettres minuscules, des chiffres et des traits de soulignement, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is declared twice.</source>
        <translation>le paramètre &quot;%1&quot; est déclaré deux fois.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must not be empty.</source>
        <translation>le champ &quot;%1&quot; ne doit pas être vide.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; may hold only letters, digits, dots and hyphens, not &quot;%2&quot;.</source>
        <translation>le champ &quot;%1&quot; ne peut contenir que des lettres, des chiffres, des points et des traits d&apos;union, et non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; uses the placeholder {%2}, which &quot;parameters&quot; does not declare.</source>
        <translation>le champ &quot;%1&quot; utilise l&apos;espace réservé {%2}, que &quot;parameters&quot; ne déclare pas.</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is declared, but no URL uses {%1}.</source>
        <translation>le paramètre &quot;%1&quot; est déclaré, mais aucune URL n&apos;utilise {%1}.</translation>
    </message>
    <message>
        <source>the field &quot;endpoints.authorization&quot; is required unless &quot;discovery_url&quot; is set.</source>
        <translation>le champ &quot;endpoints.authorization&quot; est obligatoire sauf si &quot;discovery_url&quot; est défini.</translation>
    </message>
    <message>
        <source>the field &quot;endpoints.token&quot; is required unless &quot;discovery_url&quot; is set.</source>
        <translation>le champ &quot;endpoints.token&quot; est obligatoire sauf si &quot;discovery_url&quot; est défini.</translation>
    </message>
    <message>
        <source>the field &quot;issuer&quot; is required for an OpenID Connect provider unless &quot;discovery_url&quot; is set.</source>
        <translation>le champ &quot;issuer&quot; est obligatoire pour un fournisseur OpenID Connect sauf si &quot;discovery_url&quot; est défini.</translation>
    </message>
    <message>
        <source>the field &quot;flows&quot; must list at least one flow.</source>
        <translation>le champ &quot;flows&quot; doit indiquer au moins un flux.</translation>
    </message>
    <message>
        <source>the flow &quot;device&quot; needs &quot;endpoints.device_authorization&quot; or &quot;discovery_url&quot;.</source>
        <translation>le flux &quot;device&quot; nécessite &quot;endpoints.device_authorization&quot; ou &quot;discovery_url&quot;.</translation>
    </message>
    <message>
        <source>&quot;revocation&quot;: &quot;rfc7009&quot; needs &quot;endpoints.revocation&quot; or &quot;discovery_url&quot;.</source>
        <translation>&quot;revocation&quot;: &quot;rfc7009&quot; nécessite &quot;endpoints.revocation&quot; ou &quot;discovery_url&quot;.</translation>
    </message>
    <message>
        <source>&quot;introspection&quot;: &quot;rfc7662&quot; needs &quot;endpoints.introspection&quot; or &quot;discovery_url&quot;.</source>
        <translation>&quot;introspection&quot;: &quot;rfc7662&quot; nécessite &quot;endpoints.introspection&quot; ou &quot;discovery_url&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;scope_separator&quot; must be &quot; &quot; or &quot;,&quot;.</source>
        <translation>le champ &quot;scope_separator&quot; doit valoir &quot; &quot; ou &quot;,&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;assumed_lifetime_seconds&quot; applies only when &quot;returns_expires_in&quot; is false.</source>
        <translation>le champ &quot;assumed_lifetime_seconds&quot; ne s&apos;applique que si &quot;returns_expires_in&quot; vaut false.</translation>
    </message>
    <message>
        <source>&quot;refresh_rotation&quot;: &quot;grace-window&quot; needs &quot;rotation_grace_seconds&quot; above 0.</source>
        <translation>&quot;refresh_rotation&quot;: &quot;grace-window&quot; nécessite une valeur de &quot;rotation_grace_seconds&quot; supérieure à 0.</translation>
    </message>
    <message>
        <source>the field &quot;rotation_grace_seconds&quot; applies only to &quot;refresh_rotation&quot;: &quot;grace-window&quot;.</source>
        <translation>le champ &quot;rotation_grace_seconds&quot; ne s&apos;applique qu&apos;à &quot;refresh_rotation&quot;: &quot;grace-window&quot;.</translation>
    </message>
    <message>
        <source>&quot;issues_refresh_tokens&quot; is false, so &quot;refresh_rotation&quot; must be &quot;none&quot; and &quot;refresh_idle_expiry_days&quot; 0.</source>
        <translation>&quot;issues_refresh_tokens&quot; vaut false, donc &quot;refresh_rotation&quot; doit valoir &quot;none&quot; et &quot;refresh_idle_expiry_days&quot; 0.</translation>
    </message>
    <message>
        <source>the field &quot;extra_authorize_params&quot; may not set &quot;%1&quot;: Keyward sets it itself.</source>
        <translation>le champ &quot;extra_authorize_params&quot; ne peut pas définir &quot;%1&quot;&#xa0;: Keyward le définit lui-même.</translation>
    </message>
    <message>
        <source>The provider file %1 is invalid: %2</source>
        <translation>Le fichier de fournisseur %1 n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The provider file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier de fournisseur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is larger than 1 MiB.</source>
        <translation>il dépasse 1 Mio.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>il ne contient pas de JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>it must hold one JSON object.</source>
        <translation>il doit contenir un seul objet JSON.</translation>
    </message>
    <message>
        <source>the field &quot;id&quot; is &quot;%1&quot; but must equal the file name &quot;%2&quot;.</source>
        <translation>le champ &quot;id&quot; vaut &quot;%1&quot; mais doit être identique au nom de fichier &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a value for &quot;%2&quot; (%3).</source>
        <translation>%1 nécessite une valeur pour &quot;%2&quot; (%3).</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; for &quot;%2&quot; may hold only letters, digits, dots and hyphens.</source>
        <translation>La valeur &quot;%1&quot; pour &quot;%2&quot; ne peut contenir que des lettres, des chiffres, des points et des traits d&apos;union.</translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder {%2} in &quot;%3&quot;.</source>
        <translation>%1 utilise l&apos;espace réservé inconnu {%2} dans &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 does not resolve to valid URLs: %2</source>
        <translation>%1 ne produit pas d&apos;URL valides&#xa0;: %2</translation>
    </message>
    <message>
        <source>The provider entry is invalid: %1</source>
        <translation>L&apos;entrée de fournisseur n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider entry &quot;%1&quot; is invalid: %2</source>
        <translation>L&apos;entrée de fournisseur &quot;%1&quot; n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The provider catalog folder %1 does not exist.</source>
        <translation>Le dossier %1 du catalogue des fournisseurs n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the provider&apos;s issuer names the token&apos;s tenant, but the token has no tid claim</source>
        <translation>l’émetteur du fournisseur désigne le locataire du jeton, mais le jeton n’a pas de revendication tid</translation>
    </message>
    <message>
        <source>&quot;provider-api&quot; needs &quot;provider_api&quot; to say whose API (e.g. &quot;github&quot;).</source>
        <translation>&quot;provider-api&quot; nécessite &quot;provider_api&quot; pour indiquer de quelle API il s&apos;agit (par ex. &quot;github&quot;).</translation>
    </message>
    <message>
        <source>the field &quot;provider_api&quot; applies only when &quot;revocation&quot; or &quot;introspection&quot; is &quot;provider-api&quot;.</source>
        <translation>le champ &quot;provider_api&quot; ne s&apos;applique que si &quot;revocation&quot; ou &quot;introspection&quot; vaut &quot;provider-api&quot;.</translation>
    </message>
    <message>
        <source>&quot;revocation&quot;: &quot;provider-api&quot; needs &quot;endpoints.revocation&quot;.</source>
        <translation>&quot;revocation&quot;: &quot;provider-api&quot; nécessite &quot;endpoints.revocation&quot;.</translation>
    </message>
    <message>
        <source>&quot;introspection&quot;: &quot;provider-api&quot; needs &quot;endpoints.introspection&quot;.</source>
        <translation>&quot;introspection&quot;: &quot;provider-api&quot; nécessite &quot;endpoints.introspection&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;extra_code_exchange_params&quot; may not set &quot;%1&quot;: Keyward sets it itself.</source>
        <translation>le champ &quot;extra_code_exchange_params&quot; ne peut pas définir &quot;%1&quot;&#xa0;: Keyward le définit lui-même.</translation>
    </message>
</context>
<context>
    <name>Keyward::OAuth::OAuthClient</name>
    <message>
        <source>no token endpoint is configured</source>
        <translation>aucun point de terminaison de token n&apos;est configuré</translation>
    </message>
    <message>
        <source>the device authorization grant (no device endpoint)</source>
        <translation>l&apos;autorisation d&apos;appareil (aucun point de terminaison d&apos;appareil)</translation>
    </message>
    <message>
        <source>token revocation (no revocation endpoint)</source>
        <translation>la révocation de token (aucun point de terminaison de révocation)</translation>
    </message>
    <message>
        <source>token introspection (no introspection endpoint)</source>
        <translation>l&apos;introspection de token (aucun point de terminaison d&apos;introspection)</translation>
    </message>
    <message>
        <source>issuer &quot;%1&quot; does not match &quot;%2&quot;</source>
        <translation>l&apos;émetteur &quot;%1&quot; ne correspond pas à &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no token_endpoint</source>
        <translation>aucun token_endpoint</translation>
    </message>
    <message>
        <source>token revocation</source>
        <translation>la révocation de token</translation>
    </message>
    <message>
        <source>token introspection</source>
        <translation>l&apos;introspection de token</translation>
    </message>
    <message>
        <source>user information (no userinfo endpoint)</source>
        <translation>les informations utilisateur (aucun point de terminaison userinfo)</translation>
    </message>
</context>
<context>
    <name>Keyward::OAuth::OAuthFailure</name>
    <message>
        <source>%1 no longer accepts this grant%2: it was revoked, expired, or already used. Reconnect the account.</source>
        <translation>%1 n&apos;accepte plus cette autorisation%2&#xa0;: elle a été révoquée, a expiré ou a déjà été utilisée. Reconnectez le compte.</translation>
    </message>
    <message>
        <source>%1 rejected the app&apos;s client credentials%2: check the client id and rotate the client secret on the app.</source>
        <translation>%1 a rejeté les identifiants client de l&apos;application%2&#xa0;: vérifiez l&apos;ID client et renouvelez le secret client de l&apos;application.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting Keyward (HTTP 429); Keyward tries again later.</source>
        <translation>%1 limite le débit des requêtes de Keyward (HTTP 429)&#xa0;; Keyward réessaiera plus tard.</translation>
    </message>
    <message>
        <source>%1 is rate-limiting Keyward (HTTP 429); Keyward waits %2 s before trying again.</source>
        <translation>%1 limite le débit des requêtes de Keyward (HTTP 429)&#xa0;; Keyward attend %2 s avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP 503); Keyward tries again later.</source>
        <translation>%1 est temporairement indisponible (HTTP 503)&#xa0;; Keyward réessaiera plus tard.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable (HTTP 503); Keyward waits %2 s before trying again.</source>
        <translation>%1 est temporairement indisponible (HTTP 503)&#xa0;; Keyward attend %2 s avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2); Keyward tries again later.</source>
        <translation>%1 a répondu par une erreur serveur (HTTP %2)&#xa0;; Keyward réessaiera plus tard.</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2); check the network and the endpoint URL. Keyward tries again later.</source>
        <translation>%1 n&apos;a pas pu être joint (%2)&#xa0;; vérifiez le réseau et l&apos;URL du point de terminaison. Keyward réessaiera plus tard.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; Keyward tries again later.</source>
        <translation>%1 n&apos;a pas répondu à temps&#xa0;; Keyward réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2): if the provider uses a private certificate authority, add that authority&apos;s certificate to the app (its CA file). Keyward retries only hourly until then.</source>
        <translation>Le certificat TLS de %1 n&apos;est pas approuvé (%2)&#xa0;: si le fournisseur utilise une autorité de certification privée, ajoutez le certificat de cette autorité à l&apos;application (son fichier d&apos;AC). D&apos;ici là, Keyward ne réessaie qu&apos;une fois par heure.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a valid OAuth response (HTTP %2); Keyward tries again later.</source>
        <translation>%1 a renvoyé quelque chose qui n&apos;est pas une réponse OAuth valide (HTTP %2)&#xa0;; Keyward réessaiera plus tard.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2%3.</source>
        <translation>%1 a refusé la demande&#xa0;: %2%3.</translation>
    </message>
    <message>
        <source>Waiting for the user to approve the request at %1.</source>
        <translation>En attente de l&apos;approbation de la demande par l&apos;utilisateur sur %1.</translation>
    </message>
    <message>
        <source>%1 asked Keyward to poll less often.</source>
        <translation>%1 a demandé à Keyward d&apos;interroger moins souvent.</translation>
    </message>
    <message>
        <source>The request was declined at %1%2.</source>
        <translation>La demande a été refusée sur %1%2.</translation>
    </message>
    <message>
        <source>The device code expired before the request was approved at %1: start again.</source>
        <translation>Le code d&apos;appareil a expiré avant l&apos;approbation de la demande sur %1&#xa0;: recommencez.</translation>
    </message>
    <message>
        <source>%1 does not offer this: %2.</source>
        <translation>%1 ne propose pas ceci&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Keyward::OAuth::ProviderApiClient</name>
    <message>
        <source>the connection has no Stripe account id (stripe_user_id)</source>
        <translation>la connexion n&apos;a pas d&apos;identifiant de compte Stripe (stripe_user_id)</translation>
    </message>
    <message>
        <source>token revocation through %1&apos;s own API</source>
        <translation>la révocation de token via l&apos;API propre à %1</translation>
    </message>
    <message>
        <source>token introspection through %1&apos;s own API</source>
        <translation>l&apos;introspection de token via l&apos;API propre à %1</translation>
    </message>
</context>
<context>
    <name>Keyward::Privacy::SubjectRequests</name>
    <message>
        <source>Name the data subject by a provider account id or an e-mail address of at least %1 characters.</source>
        <translation>Désignez la personne concernée par un identifiant de compte chez le fournisseur ou une adresse e-mail d&apos;au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The audit checkpoint key is not available, so the request cannot be recorded without naming the subject: open the profile with its keys.</source>
        <translation>La clé des points de contrôle d&apos;audit n&apos;est pas disponible : la demande ne peut pas être enregistrée sans nommer la personne. Ouvrez le profil avec ses clés.</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::BroadScopes</name>
    <message>
        <source>reads, sends and deletes all mail</source>
        <translation>lit, envoie et supprime tout le courrier</translation>
    </message>
    <message>
        <source>changes or sends mail</source>
        <translation>modifie ou envoie du courrier</translation>
    </message>
    <message>
        <source>reads and changes every Drive file</source>
        <translation>lit et modifie tous les fichiers Drive</translation>
    </message>
    <message>
        <source>every Google Cloud resource</source>
        <translation>toutes les ressources Google Cloud</translation>
    </message>
    <message>
        <source>administers the Workspace domain</source>
        <translation>administre le domaine Workspace</translation>
    </message>
    <message>
        <source>changes this data across the whole tenant</source>
        <translation>modifie ces données dans l&apos;ensemble du locataire</translation>
    </message>
    <message>
        <source>administers the tenant</source>
        <translation>administre le locataire</translation>
    </message>
    <message>
        <source>writes to repositories</source>
        <translation>écrit dans les dépôts</translation>
    </message>
    <message>
        <source>administers the organisation</source>
        <translation>administre l&apos;organisation</translation>
    </message>
    <message>
        <source>administers the workspace</source>
        <translation>administre l&apos;espace de travail</translation>
    </message>
    <message>
        <source>everything the user can do</source>
        <translation>tout ce que l&apos;utilisateur peut faire</translation>
    </message>
    <message>
        <source>a wildcard scope</source>
        <translation>un scope générique</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::PdfReportWriter</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>Dernier événement d&apos;audit</translation>
    </message>
    <message>
        <source>event #%1</source>
        <translation>événement #%1</translation>
    </message>
    <message>
        <source>Audit head hash</source>
        <translation>Empreinte du dernier événement d&apos;audit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>%1 (rows: %2)</source>
        <translation>%1 (lignes : %2)</translation>
    </message>
    <message>
        <source>Rows marked ! : %1</source>
        <translation>Lignes marquées ! : %1</translation>
    </message>
    <message>
        <source>Keyward · %1 · %2 · generated %3</source>
        <translation>Keyward · %1 · %2 · généré le %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>PDF reports need the program&apos;s graphical libraries (fonts), which were not started: choose CSV or JSON.</source>
        <translation>Les rapports PDF nécessitent les bibliothèques graphiques du programme (polices), qui n&apos;ont pas été démarrées : choisissez CSV ou JSON.</translation>
    </message>
    <message>
        <source>The PDF could not be started: the file cannot be written.</source>
        <translation>Le PDF n&apos;a pas pu être commencé : le fichier ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Le rapport a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The PDF could not be finished: the file cannot be written.</source>
        <translation>Le PDF n&apos;a pas pu être terminé : le fichier ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::Report</name>
    <message>
        <source>Token inventory</source>
        <translation>Inventaire des tokens</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Revue des accès</translation>
    </message>
    <message>
        <source>Secret and key rotation age</source>
        <translation>Ancienneté des secrets et des clés</translation>
    </message>
    <message>
        <source>Refresh and job failures</source>
        <translation>Échecs de rafraîchissement et de tâches</translation>
    </message>
    <message>
        <source>Audit integrity attestation</source>
        <translation>Attestation d&apos;intégrité de l&apos;audit</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::ReportBuilder</name>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Le rapport a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Dernier rafraîchissement</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>the connection needs attention (reauthorization, refresh given up, expired).</source>
        <translation>la connexion requiert une intervention (réautorisation, rafraîchissement abandonné, expiration).</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Santé : %1</translation>
    </message>
    <message>
        <source>Connected in the period</source>
        <translation>Connectées pendant la période</translation>
    </message>
    <message>
        <source>Provider apps</source>
        <translation>Applications de fournisseurs</translation>
    </message>
    <message>
        <source>Users of this profile</source>
        <translation>Utilisateurs de ce profil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Deux facteurs</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>an enabled user without two-factor sign-in.</source>
        <translation>un utilisateur activé sans authentification à deux facteurs.</translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation>Ce que chaque rôle peut faire</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens d&apos;API</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>an active token that never expires.</source>
        <translation>un token actif qui n&apos;expire jamais.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Provider scopes held by each connection</source>
        <translation>Scopes de fournisseur détenus par chaque connexion</translation>
    </message>
    <message>
        <source>Broad scopes</source>
        <translation>Scopes étendus</translation>
    </message>
    <message>
        <source>the connection holds a broad scope (full mailbox, every file, administration).</source>
        <translation>la connexion détient un scope étendu (boîte aux lettres entière, tous les fichiers, administration).</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>none: whoever holds the profile&apos;s keys acts as Security Administrator</source>
        <translation>aucun : quiconque détient les clés du profil agit en tant qu&apos;Administrateur de la sécurité</translation>
    </message>
    <message>
        <source>Enabled users without two-factor sign-in</source>
        <translation>Utilisateurs activés sans authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Active API tokens</source>
        <translation>Tokens d&apos;API actifs</translation>
    </message>
    <message>
        <source>Connections with broad scopes</source>
        <translation>Connexions avec des scopes étendus</translation>
    </message>
    <message>
        <source>Secrets and keys</source>
        <translation>Secrets et clés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Set or rotated</source>
        <translation>Défini ou renouvelé</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Âge (jours)</translation>
    </message>
    <message>
        <source>Maximum (days)</source>
        <translation>Maximum (jours)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>older than the policy&apos;s maximum age, or of unknown age: rotate it.</source>
        <translation>plus ancien que l&apos;âge maximal de la politique, ou d&apos;âge inconnu : renouvelez-le.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>within policy</source>
        <translation>conforme à la politique</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret de webhook</translation>
    </message>
    <message>
        <source>Token key (active)</source>
        <translation>Clé de tokens (active)</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>Clé de base de données</translation>
    </message>
    <message>
        <source>Audit checkpoint key</source>
        <translation>Clé des points de contrôle d&apos;audit</translation>
    </message>
    <message>
        <source>Maximum age (policy)</source>
        <translation>Âge maximal (politique)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Overdue or of unknown age</source>
        <translation>En retard ou d&apos;âge inconnu</translation>
    </message>
    <message>
        <source>Failures recorded in the period</source>
        <translation>Échecs enregistrés pendant la période</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Dead jobs (waiting for someone to retry or discard them)</source>
        <translation>Tâches mortes (en attente d&apos;une relance ou d&apos;un abandon)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Morte le</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>the job died in the period.</source>
        <translation>la tâche est morte pendant la période.</translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation>Échecs : %1</translation>
    </message>
    <message>
        <source>Dead jobs now</source>
        <translation>Tâches mortes actuellement</translation>
    </message>
    <message>
        <source>Jobs that died in the period</source>
        <translation>Tâches mortes pendant la période</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>intact: every hash recomputed and matched</source>
        <translation>intacte : chaque empreinte a été recalculée et correspond</translation>
    </message>
    <message>
        <source>BROKEN at event %1: %2</source>
        <translation>ROMPUE à l&apos;événement %1 : %2</translation>
    </message>
    <message>
        <source>Events checked</source>
        <translation>Événements vérifiés</translation>
    </message>
    <message>
        <source>Signed checkpoints checked</source>
        <translation>Points de contrôle signés vérifiés</translation>
    </message>
    <message>
        <source>Checkpoint signatures</source>
        <translation>Signatures des points de contrôle</translation>
    </message>
    <message>
        <source>verified with this profile&apos;s checkpoint key</source>
        <translation>vérifiées avec la clé des points de contrôle de ce profil</translation>
    </message>
    <message>
        <source>not checked: the checkpoint key is not available</source>
        <translation>non vérifiées : la clé des points de contrôle n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Verified up to</source>
        <translation>Vérifié jusqu&apos;à</translation>
    </message>
    <message>
        <source>event %1 at %2</source>
        <translation>événement %1 du %2</translation>
    </message>
    <message>
        <source>Removed by retention</source>
        <translation>Supprimés par la conservation</translation>
    </message>
    <message>
        <source>events up to #%1, anchored by a signed checkpoint</source>
        <translation>événements jusqu&apos;à #%1, ancrés par un point de contrôle signé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Gaps in the sequence</source>
        <translation>Lacunes dans la séquence</translation>
    </message>
    <message>
        <source>see the break above</source>
        <translation>voir la rupture ci-dessus</translation>
    </message>
    <message>
        <source>Events in the period</source>
        <translation>Événements de la période</translation>
    </message>
    <message>
        <source>%1 (#%2 to #%3)</source>
        <translation>%1 (de #%2 à #%3)</translation>
    </message>
    <message>
        <source>Signed checkpoints in the period</source>
        <translation>Points de contrôle signés de la période</translation>
    </message>
    <message>
        <source>Event #</source>
        <translation>Événement #</translation>
    </message>
    <message>
        <source>Head hash (SHA-256)</source>
        <translation>Empreinte du dernier événement (SHA-256)</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::ReportService</name>
    <message>
        <source>The report&apos;s period must start before it ends.</source>
        <translation>La période du rapport doit commencer avant de se terminer.</translation>
    </message>
    <message>
        <source>A schedule&apos;s name has 1 to 64 letters, digits, dots, dashes or underscores, not &quot;%1&quot;.</source>
        <translation>Le nom d&apos;une planification se compose de 1 à 64 lettres, chiffres, points, tirets ou traits de soulignement, et non « %1 ».</translation>
    </message>
    <message>
        <source>%1 is not a folder this process can write to: give an existing folder&apos;s full path.</source>
        <translation>%1 n&apos;est pas un dossier dans lequel ce processus peut écrire : indiquez le chemin complet d&apos;un dossier existant.</translation>
    </message>
    <message>
        <source>A scheduled report covers 1 to 3,660 days.</source>
        <translation>Un rapport planifié couvre de 1 à 3660 jours.</translation>
    </message>
    <message>
        <source>There is no report schedule &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune planification de rapport « %1 ».</translation>
    </message>
    <message>
        <source>The report schedule is damaged (unknown type or format): add it again.</source>
        <translation>La planification de rapport est endommagée (type ou format inconnu) : ajoutez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Keyward::Reports::ReportWriters</name>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Le rapport a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This program cannot write PDF reports: choose CSV or JSON, or generate the PDF with the console or keyward-cli.</source>
        <translation>Ce programme ne peut pas écrire de rapports PDF : choisissez CSV ou JSON, ou générez le PDF avec la console ou keyward-cli.</translation>
    </message>
</context>
<context>
    <name>Keyward::Retention</name>
    <message>
        <source>audit events</source>
        <translation>événements d’audit</translation>
    </message>
    <message>
        <source>job history</source>
        <translation>historique des tâches</translation>
    </message>
    <message>
        <source>webhook payloads</source>
        <translation>contenus de webhooks</translation>
    </message>
    <message>
        <source>revoked connections</source>
        <translation>connexions révoquées</translation>
    </message>
</context>
<context>
    <name>Keyward::Retention::RetentionService</name>
    <message>
        <source>Keep data at most 36,500 days (100 years).</source>
        <translation>Conservez les données au plus 36 500 jours (100 ans).</translation>
    </message>
    <message numerus="yes">
        <source>The floor for %1 is %n day(s): %2 would keep less.</source>
        <translation>
            <numerusform>Le plancher pour %1 est de %n jour : %2 conserverait moins.</numerusform>
            <numerusform>Le plancher pour %1 est de %n jours : %2 conserverait moins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Secrets</name>
    <message>
        <source>CREDENTIALS_DIRECTORY is not set: run keyward-cli from a systemd unit with LoadCredentialEncrypted=, or use the OS keychain.</source>
        <translation>CREDENTIALS_DIRECTORY n&apos;est pas défini&#xa0;: exécutez keyward-cli depuis une unité systemd avec LoadCredentialEncrypted=, ou utilisez le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>The systemd credential &quot;%1&quot; is missing from %2: provision it with systemd-creds encrypt (see the README).</source>
        <translation>L&apos;identifiant systemd &quot;%1&quot; est absent de %2&#xa0;: provisionnez-le avec systemd-creds encrypt (voir le README).</translation>
    </message>
    <message>
        <source>The systemd credential &quot;%1&quot; cannot be read: %2</source>
        <translation>Impossible de lire l&apos;identifiant systemd &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>The systemd credential &quot;%1&quot; is not a Keyward key: it must hold 32 random bytes or 64 hex digits.</source>
        <translation>L&apos;identifiant systemd &quot;%1&quot; n&apos;est pas une clé Keyward&#xa0;: il doit contenir 32 octets aléatoires ou 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>systemd credentials are read-only: provision &quot;%1&quot; with systemd-creds encrypt, or run this command with the OS keychain.</source>
        <translation>Les identifiants systemd sont en lecture seule&#xa0;: provisionnez &quot;%1&quot; avec systemd-creds encrypt, ou exécutez cette commande avec le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>systemd credentials (%1)</source>
        <translation>identifiants systemd (%1)</translation>
    </message>
    <message>
        <source>The OS keychain has no entry &quot;%1&quot; for this profile: restore it from your recovery kit, or open the profile on the machine that created it.</source>
        <translation>Le trousseau de clés du système ne contient aucune entrée &quot;%1&quot; pour ce profil&#xa0;: restaurez-la à partir de votre kit de récupération, ou ouvrez le profil sur la machine qui l&apos;a créé.</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1): start and unlock your desktop keychain (Secret Service, such as GNOME Keyring or KWallet) and retry, or use --key-source credentials on a headless host.</source>
        <translation>Le trousseau de clés du système n&apos;est pas disponible (%1)&#xa0;: démarrez et déverrouillez le trousseau de clés de votre environnement de bureau (Secret Service, par exemple GNOME Keyring ou KWallet) puis réessayez, ou utilisez --key-source credentials sur un hôte sans interface graphique.</translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; is damaged (not a Keyward key).</source>
        <translation>L&apos;entrée &quot;%1&quot; du trousseau de clés est endommagée (ce n&apos;est pas une clé Keyward).</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>trousseau de clés du système</translation>
    </message>
</context>
<context>
    <name>Keyward::Storage</name>
    <message>
        <source>The database key has the wrong length.</source>
        <translation>La clé de base de données n&apos;a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The profile&apos;s database %1 does not exist.</source>
        <translation>La base de données %1 du profil n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This Keyward build has no working database encryption (SQLCipher is not active): it refuses to open the profile.</source>
        <translation>Cette version compilée de Keyward ne dispose d&apos;aucun chiffrement de base de données fonctionnel (SQLCipher n&apos;est pas actif)&#xa0;: elle refuse d&apos;ouvrir le profil.</translation>
    </message>
    <message>
        <source>The disk is full (or a file size limit was reached) while re-encrypting the database: free some space and retry. The database keeps its previous key.</source>
        <translation>Le disque est plein (ou une limite de taille de fichier a été atteinte) pendant le rechiffrement de la base de données&#xa0;: libérez de l&apos;espace et réessayez. La base de données conserve sa clé précédente.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted: the new key does not open it. It keeps its previous key.</source>
        <translation>La base de données n&apos;a pas pu être rechiffrée&#xa0;: la nouvelle clé ne permet pas de l&apos;ouvrir. Elle conserve sa clé précédente.</translation>
    </message>
    <message>
        <source>This profile was written by a newer Keyward (schema %1; this version understands up to %2). Install the newer Keyward to open it; nothing was changed.</source>
        <translation>Ce profil a été écrit par une version plus récente de Keyward (schéma %1&#xa0;; cette version prend en charge jusqu&apos;à %2). Installez la version plus récente de Keyward pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no Keyward profile at %1: create one with keyward-cli init, pick another with --profile or --profile-dir, or restore one from a backup with its recovery kit (see the README).</source>
        <translation>Il n&apos;y a aucun profil Keyward à l&apos;emplacement %1&#xa0;: créez-en un avec keyward-cli init, choisissez-en un autre avec --profile ou --profile-dir, ou restaurez-en un à partir d&apos;une sauvegarde avec son kit de récupération (voir le README).</translation>
    </message>
    <message>
        <source>The profile manifest %1 is damaged (%2): restore it from a backup of the profile directory.</source>
        <translation>Le manifeste de profil %1 est endommagé (%2)&#xa0;: restaurez-le à partir d&apos;une sauvegarde du répertoire de profil.</translation>
    </message>
    <message>
        <source>This profile was written by a newer Keyward: install it to open this profile.</source>
        <translation>Ce profil a été écrit par une version plus récente de Keyward&#xa0;: installez-la pour ouvrir ce profil.</translation>
    </message>
    <message>
        <source>The profile manifest %1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire le manifeste de profil %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The disk is full (or a file size limit was reached) while writing the profile: free some space and retry. The change was not saved.</source>
        <translation>Le disque est plein (ou une limite de taille de fichier a été atteinte) pendant l&apos;écriture du profil&#xa0;: libérez de l&apos;espace et réessayez. La modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The profile&apos;s database cannot be decrypted: the key does not match this profile, or the file is damaged. Check that the right keychain is unlocked, or restore the profile from a backup.</source>
        <translation>La base de données du profil ne peut pas être déchiffrée&#xa0;: la clé ne correspond pas à ce profil, ou le fichier est endommagé. Vérifiez que le bon trousseau de clés est déverrouillé, ou restaurez le profil à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged: restore it from a backup (keyward-cli backup restore).</source>
        <translation>La base de données du profil est endommagée&#xa0;: restaurez-la à partir d&apos;une sauvegarde (keyward-cli backup restore).</translation>
    </message>
    <message>
        <source>The profile cannot be written (the database file or its directory %1 is read-only): check the permissions of the profile directory.</source>
        <translation>Impossible d&apos;écrire le profil (le fichier de base de données ou son répertoire %1 est en lecture seule)&#xa0;: vérifiez les permissions du répertoire de profil.</translation>
    </message>
    <message>
        <source>The profile&apos;s database cannot be opened or created: check that the profile directory %1 exists and is writable.</source>
        <translation>La base de données du profil ne peut être ni ouverte ni créée&#xa0;: vérifiez que le répertoire de profil %1 existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The profile is busy in another process: wait for it to finish and retry.</source>
        <translation>Le profil est occupé par un autre processus&#xa0;: attendez qu&apos;il ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>The profile&apos;s database reported an error (%1).</source>
        <translation>La base de données du profil a signalé une erreur (%1).</translation>
    </message>
</context>
<context>
    <name>Keyward::Storage::ProfileLock</name>
    <message>
        <source>The profile directory %1 is read-only: Keyward cannot open it for writing. Check its permissions, or copy the profile somewhere writable.</source>
        <translation>Le répertoire de profil %1 est en lecture seule&#xa0;: Keyward ne peut pas l&apos;ouvrir en écriture. Vérifiez ses permissions, ou copiez le profil dans un emplacement accessible en écriture.</translation>
    </message>
    <message>
        <source>The disk is full: Keyward cannot open the profile at %1.</source>
        <translation>Le disque est plein&#xa0;: Keyward ne peut pas ouvrir le profil situé à %1.</translation>
    </message>
    <message>
        <source>The profile lock %1 cannot be opened (%2).</source>
        <translation>Le verrou du profil %1 ne peut pas être ouvert (%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is open for writing in another process (%2, pid %3 on %4): close it there and retry. Read-only commands such as status and audit verify work alongside it.</source>
        <translation>Le profil &quot;%1&quot; est ouvert en écriture dans un autre processus (%2, PID %3 sur %4)&#xa0;: fermez-le dans ce processus, puis réessayez. Les commandes en lecture seule comme status et audit verify fonctionnent en parallèle.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AddAppDialog</name>
    <message>
        <source>browser sign-in</source>
        <translation>connexion par navigateur</translation>
    </message>
    <message>
        <source>device code</source>
        <translation>code d&apos;appareil</translation>
    </message>
    <message>
        <source>client credentials</source>
        <translation>identifiants client</translation>
    </message>
    <message>
        <source>Issuer or discovery document URL</source>
        <translation>URL de l&apos;émetteur ou du document de découverte</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>Point de terminaison d&apos;autorisation</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>Point de terminaison de token</translation>
    </message>
    <message>
        <source>Revocation endpoint (optional)</source>
        <translation>Point de terminaison de révocation (facultatif)</translation>
    </message>
    <message>
        <source>Introspection endpoint (optional)</source>
        <translation>Point de terminaison d&apos;introspection (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Par&amp;courir…</translation>
    </message>
    <message>
        <source>Add a provider app</source>
        <translation>Ajouter une application de fournisseur</translation>
    </message>
    <message>
        <source>Enter the app you registered in the provider&apos;s developer console. The client secret goes to your OS keychain and is never shown again.</source>
        <translation>Saisissez l&apos;application que vous avez enregistrée dans la console développeur du fournisseur. Le secret client est placé dans le trousseau de clés de votre système et n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>What to know about this provider</source>
        <translation>À savoir sur ce fournisseur</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Nom de l&apos;application</translation>
    </message>
    <message>
        <source>a short name, e.g. google-workspace</source>
        <translation>un nom court, par ex. google-workspace</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>empty for a public client</source>
        <translation>vide pour un client public</translation>
    </message>
    <message>
        <source>Client authentication at the token endpoint</source>
        <translation>Authentification du client au point de terminaison de token</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>In the request body (client_secret_post)</source>
        <translation>Dans le corps de la requête (client_secret_post)</translation>
    </message>
    <message>
        <source>None: public client, PKCE only</source>
        <translation>Aucune&#xa0;: client public, PKCE uniquement</translation>
    </message>
    <message>
        <source>Scopes, separated by spaces</source>
        <translation>Scopes, séparés par des espaces</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Register this redirect URI at the provider; any port is used (RFC 8252).</source>
        <translation>Enregistrez cette URI de redirection auprès du fournisseur&#xa0;; n&apos;importe quel port est utilisé (RFC 8252).</translation>
    </message>
    <message>
        <source>Private CA certificate file (PEM), optional</source>
        <translation>Fichier de certificat de l&apos;AC privée (PEM), facultatif</translation>
    </message>
    <message>
        <source>only for a provider with a private certificate authority</source>
        <translation>uniquement pour un fournisseur doté d&apos;une autorité de certification privée</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier de certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>Private CA &amp;file:</source>
        <translation>Fichier de l&apos;AC &amp;privée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>&amp;URL de l&apos;émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Authori&amp;zation endpoint:</source>
        <translation>Point de terminaison d&apos;&amp;autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token endpoint:</source>
        <translation>Point de terminaison de &amp;token&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;vocation endpoint:</source>
        <translation>Point de terminaison de ré&amp;vocation&#xa0;:</translation>
    </message>
    <message>
        <source>Intro&amp;spection endpoint:</source>
        <translation>Point de terminaison d&apos;&amp;introspection&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>I&amp;D client&#xa0;:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Client aut&amp;hentication:</source>
        <translation>Aut&amp;hentification du client&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Sc&amp;opes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirection&#xa0;:</translation>
    </message>
    <message>
        <source>Why the app was not registered</source>
        <translation>Pourquoi l&apos;application n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Re&amp;gister app</source>
        <translation>&amp;Enregistrer l&apos;application</translation>
    </message>
    <message>
        <source>Register the app</source>
        <translation>Enregistrer l&apos;application</translation>
    </message>
    <message>
        <source>https://login.example.com (its /.well-known/openid-configuration is read)</source>
        <translation>https://login.example.com (son /.well-known/openid-configuration est lu)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Provider default (%1; none without a secret)</source>
        <translation>Valeur par défaut du fournisseur (%1&#xa0;; aucune sans secret)</translation>
    </message>
    <message>
        <source>Flows: %1, and the device code when the discovery document lists it.</source>
        <translation>Flux&#xa0;: %1, ainsi que le code d&apos;appareil si le document de découverte le mentionne.</translation>
    </message>
    <message>
        <source>Flows: %1.</source>
        <translation>Flux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s developer documentation</source>
        <translation>Documentation développeur du fournisseur</translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation>Certificat de l&apos;AC privée</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Give the app a name (it names the app in the console, the CLI and the audit log).</source>
        <translation>Donnez un nom à l&apos;application (il la désigne dans la console, la CLI et le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>Enter the issuer URL of the OpenID Connect provider.</source>
        <translation>Saisissez l&apos;URL de l&apos;émetteur du fournisseur OpenID Connect.</translation>
    </message>
    <message>
        <source>Enter the authorization and token endpoints of the provider.</source>
        <translation>Saisissez les points de terminaison d&apos;autorisation et de token du fournisseur.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Renseignez le champ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the client ID the provider issued for the app.</source>
        <translation>Saisissez l&apos;ID client que le fournisseur a attribué à l&apos;application.</translation>
    </message>
    <message>
        <source>The chosen client authentication needs the client secret: enter it, or choose &quot;None&quot; for a public client.</source>
        <translation>L&apos;authentification du client choisie nécessite le secret client&#xa0;: saisissez-le, ou choisissez &quot;Aucune&quot; pour un client public.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier de l&apos;AC %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Registering… Reading the provider&apos;s discovery document may take a moment.</source>
        <translation>Enregistrement… La lecture du document de découverte du fournisseur peut prendre un moment.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>enter the client secret again</source>
        <translation>saisissez à nouveau le secret client</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AddEndpointDialog</name>
    <message>
        <source>A connection needs to be authorized again</source>
        <translation>Une connexion doit être réautorisée</translation>
    </message>
    <message>
        <source>A connection&apos;s token could not be refreshed</source>
        <translation>Le token d&apos;une connexion n&apos;a pas pu être rafraîchi</translation>
    </message>
    <message>
        <source>A provider revoked a connection</source>
        <translation>Un fournisseur a révoqué une connexion</translation>
    </message>
    <message>
        <source>A background job gave up</source>
        <translation>Une tâche d&apos;arrière-plan a abandonné</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain is broken</source>
        <translation>La chaîne du journal d&apos;audit est rompue</translation>
    </message>
    <message>
        <source>A&amp;ll events, including those added later</source>
        <translation>&amp;Tous les événements, y compris ceux ajoutés plus tard</translation>
    </message>
    <message>
        <source>Add an event endpoint</source>
        <translation>Ajouter un point de terminaison d&apos;événements</translation>
    </message>
    <message>
        <source>Keyward posts the events you choose to this URL, signed per Standard Webhooks with a secret it makes now and shows once. Failed deliveries are retried for about a day.</source>
        <translation>Keyward envoie les événements choisis à cette URL, signés selon Standard Webhooks avec un secret créé maintenant et affiché une seule fois. Les livraisons échouées sont retentées pendant environ une journée.</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <source>https://alerts.example.com/keyward</source>
        <translation>https://alerts.example.com/keyward</translation>
    </message>
    <message>
        <source>https://, or http:// only on this computer (localhost, 127.0.0.1).</source>
        <translation>https://, ou http:// uniquement sur cet ordinateur (localhost, 127.0.0.1).</translation>
    </message>
    <message>
        <source>What the endpoint is for</source>
        <translation>À quoi sert le point de terminaison</translation>
    </message>
    <message>
        <source>e.g. on-call alerts</source>
        <translation>par ex. alertes d&apos;astreinte</translation>
    </message>
    <message>
        <source>Why the endpoint was not added</source>
        <translation>Pourquoi le point de terminaison n&apos;a pas été ajouté</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dd endpoint</source>
        <translation>A&amp;jouter le point de terminaison</translation>
    </message>
    <message>
        <source>Add the endpoint</source>
        <translation>Ajouter le point de terminaison</translation>
    </message>
    <message>
        <source>Enter the URL Keyward posts the events to.</source>
        <translation>Saisissez l&apos;URL à laquelle Keyward envoie les événements.</translation>
    </message>
    <message>
        <source>Choose the events the endpoint receives, or all of them.</source>
        <translation>Choisissez les événements que reçoit le point de terminaison, ou tous.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AddSourceDialog</name>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>Generic HMAC</source>
        <translation>HMAC générique</translation>
    </message>
    <message>
        <source>&amp;Keep the bodies of rejected deliveries</source>
        <translation>Conser&amp;ver le corps des livraisons rejetées</translation>
    </message>
    <message>
        <source>Add a webhook source</source>
        <translation>Ajouter une source de webhooks</translation>
    </message>
    <message>
        <source>A source is a sender whose signed deliveries Keyward accepts. The secret goes to your OS keychain; only its fingerprint is shown afterwards.</source>
        <translation>Une source est un expéditeur dont Keyward accepte les livraisons signées. Le secret est placé dans le trousseau de clés de votre système&#xa0;; seule son empreinte est affichée ensuite.</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <source>lowercase letters, digits, &quot;-&quot; or &quot;_&quot;, e.g. github-main</source>
        <translation>lettres minuscules, chiffres, &quot;-&quot; ou &quot;_&quot;, par ex. github-main</translation>
    </message>
    <message>
        <source>Signature scheme</source>
        <translation>Schéma de signature</translation>
    </message>
    <message>
        <source>Provider app whose connections the source&apos;s events concern</source>
        <translation>Application de fournisseur dont les connexions sont concernées par les événements de la source</translation>
    </message>
    <message>
        <source>Timestamp tolerance in seconds</source>
        <translation>Tolérance d&apos;horodatage en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Deliveries accepted per second</source>
        <translation>Livraisons acceptées par seconde</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>Helps to find out why deliveries are rejected; the bodies come from senders whose signature did not check out.</source>
        <translation>Aide à comprendre pourquoi des livraisons sont rejetées&#xa0;; les corps proviennent d&apos;expéditeurs dont la signature n&apos;était pas valide.</translation>
    </message>
    <message>
        <source>Generic scheme configuration (JSON)</source>
        <translation>Configuration du schéma générique (JSON)</translation>
    </message>
    <message>
        <source>encoding: hex or base64 · digest: sha256, sha512 or sha1
payload: the signed bytes, with {body}, {timestamp} and {id}
Headers left empty are not used.</source>
        <translation>encoding&#xa0;: hex ou base64 · digest&#xa0;: sha256, sha512 ou sha1
payload&#xa0;: les octets signés, avec {body}, {timestamp} et {id}
Les en-têtes laissés vides ne sont pas utilisés.</translation>
    </message>
    <message>
        <source>Why the source was not added</source>
        <translation>Pourquoi la source n&apos;a pas été ajoutée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Schéma&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>S&amp;ecret&#xa0;:</translation>
    </message>
    <message>
        <source>Provider &amp;app:</source>
        <translation>&amp;Application de fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Tolérance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Configuration:</source>
        <translation>&amp;Configuration&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;dd source</source>
        <translation>A&amp;jouter la source</translation>
    </message>
    <message>
        <source>Add the source</source>
        <translation>Ajouter la source</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Every app of the scheme&apos;s provider</source>
        <translation>Toutes les applications du fournisseur du schéma</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Give the source a name: senders deliver to /webhooks/NAME.</source>
        <translation>Donnez un nom à la source&#xa0;: les expéditeurs livrent à /webhooks/NAME.</translation>
    </message>
    <message>
        <source>A source name is 1 to 64 lowercase letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>Un nom de source se compose de 1 à 64 lettres minuscules, chiffres, &quot;-&quot; ou &quot;_&quot;.</translation>
    </message>
    <message>
        <source>Enter the secret the sender signs with, or generate one and copy it to the sender.</source>
        <translation>Saisissez le secret avec lequel l&apos;expéditeur signe, ou générez-en un et reportez-le chez l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The configuration is not a JSON object (%1).</source>
        <translation>La configuration n&apos;est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Google RISC</source>
        <translation>Google RISC</translation>
    </message>
    <message>
        <source>OAuth client ids the security event tokens must be addressed to</source>
        <translation>Identifiants client OAuth auxquels les jetons d’événement de sécurité doivent être adressés</translation>
    </message>
    <message>
        <source>client ids, separated by commas</source>
        <translation>identifiants client, séparés par des virgules</translation>
    </message>
    <message>
        <source>Google signs security event tokens with its own keys (fetched from %1); a token counts only when its audience is one of these client ids.</source>
        <translation>Google signe les jetons d’événement de sécurité avec ses propres clés (récupérées depuis %1) ; un jeton ne compte que si son audience est l’un de ces identifiants client.</translation>
    </message>
    <message>
        <source>A&amp;udiences:</source>
        <translation>A&amp;udiences :</translation>
    </message>
    <message>
        <source>Senders deliver to /webhooks/%1 on the receiver (this console&apos;s or keyward-cli serve&apos;s).</source>
        <translation>Les expéditeurs livrent à /webhooks/%1 sur le récepteur (celui de cette console ou celui de keyward-cli serve).</translation>
    </message>
    <message>
        <source>Enter the OAuth client ids of your apps that Google&apos;s security events are about.</source>
        <translation>Saisissez les identifiants client OAuth de vos applications concernées par les événements de sécurité de Google.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AddUserDialog</name>
    <message>
        <source>Everything, including users, keys and backups.</source>
        <translation>Tout, y compris les utilisateurs, les clés et les sauvegardes.</translation>
    </message>
    <message>
        <source>The audit log and its export; reads everything else.</source>
        <translation>Le journal d&apos;audit et son export&#xa0;; lit tout le reste.</translation>
    </message>
    <message>
        <source>Jobs and forced refreshes; reads connections and apps. No audit log, no users.</source>
        <translation>Tâches et rafraîchissements forcés&#xa0;; lit les connexions et les applications. Pas de journal d&apos;audit, pas d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>Reads everything, changes nothing, never sees a secret.</source>
        <translation>Lit tout, ne modifie rien, ne voit jamais aucun secret.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>The profile has no users yet: whoever holds this computer account&apos;s keychain acts as its administrator. The first user is its Security Administrator; from then on everyone signs in with a password and a one-time code.</source>
        <translation>Le profil n&apos;a pas encore d&apos;utilisateurs&#xa0;: quiconque a accès au trousseau de clés de ce compte utilisateur de l&apos;ordinateur agit en tant qu&apos;administrateur du profil. Le premier utilisateur en est l&apos;Administrateur de la sécurité&#xa0;; ensuite, chacun se connecte avec un mot de passe et un code à usage unique.</translation>
    </message>
    <message>
        <source>The new user signs in with this password and a one-time code from an authenticator app, which you set up next.</source>
        <translation>Le nouvel utilisateur se connecte avec ce mot de passe et un code à usage unique fourni par une application d&apos;authentification, que vous configurez à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AppsPage</name>
    <message>
        <source>browser sign-in</source>
        <translation>connexion par navigateur</translation>
    </message>
    <message>
        <source>device code</source>
        <translation>code d&apos;appareil</translation>
    </message>
    <message>
        <source>client credentials</source>
        <translation>identifiants client</translation>
    </message>
    <message>
        <source>none (public client)</source>
        <translation>aucun (client public)</translation>
    </message>
    <message numerus="yes">
        <source>set %1, %n day(s) old</source>
        <translation>
            <numerusform>défini le %1, il y a %n jour</numerusform>
            <numerusform>défini le %1, il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add app…</source>
        <translation>A&amp;jouter une application…</translation>
    </message>
    <message>
        <source>Rotate &amp;secret…</source>
        <translation>Renouveler le &amp;secret…</translation>
    </message>
    <message>
        <source>&amp;Connect account…</source>
        <translation>&amp;Connecter un compte…</translation>
    </message>
    <message>
        <source>Provider apps</source>
        <translation>Applications de fournisseurs</translation>
    </message>
    <message>
        <source>A provider app is Keyward&apos;s registration at an OAuth provider: the client ID the provider issued, the redirect URI registered there, and the scopes it asks for. Every connected account belongs to an app. Client secrets are kept in your OS keychain, never in the profile, and are never shown.</source>
        <translation>Une application de fournisseur est l&apos;enregistrement de Keyward auprès d&apos;un fournisseur OAuth&#xa0;: l&apos;ID client attribué par le fournisseur, l&apos;URI de redirection qui y est enregistrée et les scopes demandés. Chaque compte connecté appartient à une application. Les secrets client sont conservés dans le trousseau de clés de votre système, jamais dans le profil, et ne sont jamais affichés.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirection à enregistrer</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>No provider apps yet. Register the app at the provider, then add it here with &quot;Add app…&quot;.</source>
        <translation>Aucune application de fournisseur pour l&apos;instant. Enregistrez l&apos;application auprès du fournisseur, puis ajoutez-la ici avec &quot;Ajouter une application…&quot;.</translation>
    </message>
    <message>
        <source>Add a provider app</source>
        <translation>Ajouter une application de fournisseur</translation>
    </message>
    <message>
        <source>Rotate the client secret of the selected app</source>
        <translation>Renouveler le secret client de l&apos;application sélectionnée</translation>
    </message>
    <message>
        <source>Connect an account to the selected app</source>
        <translation>Connecter un compte à l&apos;application sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Reload the provider apps</source>
        <translation>Recharger les applications de fournisseurs</translation>
    </message>
    <message>
        <source>The client secret is in the OS keychain; Keyward never shows it.</source>
        <translation>Le secret client se trouve dans le trousseau de clés du système&#xa0;; Keyward ne l&apos;affiche jamais.</translation>
    </message>
    <message>
        <source>Register this redirect URI at the provider; Keyward listens on a free port of 127.0.0.1 for each sign-in (RFC 8252).</source>
        <translation>Enregistrez cette URI de redirection auprès du fournisseur&#xa0;; Keyward écoute sur un port libre de 127.0.0.1 à chaque connexion (RFC 8252).</translation>
    </message>
    <message>
        <source>Registered the app &quot;%1&quot; (%2). Register the redirect URI %3 at the provider if you have not yet.</source>
        <translation>L&apos;application &quot;%1&quot; (%2) a été enregistrée. Enregistrez l&apos;URI de redirection %3 auprès du fournisseur si ce n&apos;est pas déjà fait.</translation>
    </message>
    <message>
        <source>Rotate client secret</source>
        <translation>Renouveler le secret client</translation>
    </message>
    <message>
        <source>The new client secret of &quot;%1&quot;, from the provider&apos;s console. Keyward proves it at the provider before it replaces the old one.</source>
        <translation>Le nouveau secret client de &quot;%1&quot;, issu de la console du fournisseur. Keyward le valide auprès du fournisseur avant de remplacer l&apos;ancien.</translation>
    </message>
    <message>
        <source>Proving the new secret of &quot;%1&quot; at the provider…</source>
        <translation>Validation du nouveau secret de &quot;%1&quot; auprès du fournisseur…</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The new client secret of &quot;%1&quot; was accepted by %2 and is now in use; the old one is gone from the keychain. Revoke it at the provider.</source>
        <translation>Le nouveau secret client de &quot;%1&quot; a été accepté par %2 et est désormais utilisé&#xa0;; l&apos;ancien a été retiré du trousseau de clés. Révoquez-le auprès du fournisseur.</translation>
    </message>
    <message>
        <source>Connected an account to &quot;%1&quot;: connection %2. Keyward refreshes its tokens from now on.</source>
        <translation>Un compte a été connecté à &quot;%1&quot;&#xa0;: connexion %2. Keyward rafraîchit désormais ses tokens.</translation>
    </message>
    <message>
        <source>Refresh p&amp;olicy…</source>
        <translation>&amp;Politique de rafraîchissement…</translation>
    </message>
    <message>
        <source>Edit the refresh policy of the selected app</source>
        <translation>Modifier la politique de rafraîchissement de l&apos;application sélectionnée</translation>
    </message>
    <message>
        <source>No provider apps yet. A Security Administrator adds them.</source>
        <translation>Aucune application de fournisseur pour l&apos;instant. C&apos;est un Administrateur de la sécurité qui les ajoute.</translation>
    </message>
    <message>
        <source>Saved the refresh policy of &quot;%1&quot;: refresh when %2 % of the lifetime or %3 min remain; after a failure wait up to %4 s, doubling up to %5 min; give up after %6 days. It applies from each connection&apos;s next refresh.</source>
        <translation>La politique de rafraîchissement de &quot;%1&quot; a été enregistrée&#xa0;: rafraîchissement lorsqu&apos;il reste %2 % de la durée de vie ou %3 min&#xa0;; après un échec, attente jusqu&apos;à %4 s, doublée à chaque fois jusqu&apos;à %5 min&#xa0;; abandon après %6 jours. Elle s&apos;applique à partir du prochain rafraîchissement de chaque connexion.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AuditFilterBar</name>
    <message>
        <source>Any actor</source>
        <translation>Tout acteur</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>From (UTC, inclusive)</source>
        <translation>Du (UTC, inclus)</translation>
    </message>
    <message>
        <source>Until (UTC, exclusive)</source>
        <translation>Au (UTC, exclu)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action; end with * for a prefix, like webhook.*</source>
        <translation>Action ; terminez par * pour un préfixe, comme webhook.*</translation>
    </message>
    <message>
        <source>Target; end with * for a prefix, like connection:*</source>
        <translation>Cible ; terminez par * pour un préfixe, comme connection:*</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Toute cible</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Words to find in the details</source>
        <translation>Mots à trouver dans les détails</translation>
    </message>
    <message>
        <source>Search details (all words; end a word with * for a prefix)</source>
        <translation>Rechercher dans les détails (tous les mots ; terminez un mot par * pour un préfixe)</translation>
    </message>
    <message>
        <source>Clear all audit filters</source>
        <translation>Effacer tous les filtres d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Recherche :</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::AuditPage</name>
    <message>
        <source>The chain has not been verified in this session.</source>
        <translation>La chaîne n&apos;a pas encore été vérifiée dans cette session.</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Vérifier la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reload the audit log</source>
        <translation>Recharger le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Événements d&apos;audit, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Details of the selected event</source>
        <translation>Détails de l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Vérification de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>✔ Verified up to event %1 at %2: %3 events, %4 signed checkpoints.</source>
        <translation>✔ Vérifiée jusqu&apos;à l&apos;événement %1 du %2&#xa0;: %3 événements, %4 points de contrôle signés.</translation>
    </message>
    <message>
        <source>✘ The chain is broken at event %1: %2</source>
        <translation>✘ La chaîne est rompue à l&apos;événement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Export du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1 events and %2 checkpoints (up to #%3) to %4. An auditor checks it with keyward-cli audit verify-export.</source>
        <translation>%1 événements et %2 points de contrôle (jusqu&apos;à #%3) exportés vers %4. Un auditeur peut le vérifier avec keyward-cli audit verify-export.</translation>
    </message>
    <message>
        <source>Export &amp;matching…</source>
        <translation>Exporter la &amp;sélection…</translation>
    </message>
    <message>
        <source>Export the whole audit log to a file for an auditor</source>
        <translation>Exporter tout le journal d&apos;audit dans un fichier pour un auditeur</translation>
    </message>
    <message>
        <source>Export the selected events, or every event that matches the filters, as JSON Lines or CSV</source>
        <translation>Exporter les événements sélectionnés, ou tous ceux qui correspondent aux filtres, en JSON Lines ou CSV</translation>
    </message>
    <message>
        <source>Select an event to see what it changed, its details and its hash.</source>
        <translation>Sélectionnez un événement pour voir ce qu&apos;il a modifié, ses détails et son hachage.</translation>
    </message>
    <message>
        <source>The events could not be loaded: %1</source>
        <translation>Les événements n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Events from #%1 (the first broken link) down; clear the filters to see the newest.</source>
        <translation>Événements à partir du n° %1 (le premier maillon rompu) ; effacez les filtres pour voir les plus récents.</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <source>No event matches: %1.</source>
        <translation>Aucun événement ne correspond : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) match: %1.</source>
        <translation>
            <numerusform>%n événement correspond : %1.</numerusform>
            <numerusform>%n événements correspondent : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n event(s) of %1; scroll down for older ones.</source>
        <translation>
            <numerusform>Le plus récent événement parmi %1 ; faites défiler vers le bas pour les plus anciens.</numerusform>
            <numerusform>Les %n événements les plus récents parmi %1 ; faites défiler vers le bas pour les plus anciens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event #%1 · %2 · %3 %4 → %5</source>
        <translation>Événement n° %1 · %2 · %3 %4 → %5</translation>
    </message>
    <message>
        <source>By %1 on %2</source>
        <translation>Par %1 sur %2</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(valeur)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Hachage :</translation>
    </message>
    <message>
        <source>Export the events that match: %1</source>
        <translation>Exporter les événements correspondants : %1</translation>
    </message>
    <message numerus="yes">
        <source>Export %n selected event(s)</source>
        <translation>
            <numerusform>Exporter %n événement sélectionné</numerusform>
            <numerusform>Exporter %n événements sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exporting the events…</source>
        <translation>Export des événements…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1. Each carries its hash and the one before it, to match against a full export.</source>
        <translation>
            <numerusform>%n événement exporté vers %1. Il porte son hachage et celui de l&apos;événement précédent, à comparer avec un export complet.</numerusform>
            <numerusform>%n événements exportés vers %1. Chacun porte son hachage et celui de l&apos;événement précédent, à comparer avec un export complet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ConnectDialog</name>
    <message>
        <source>Browser sign-in (authorization code + PKCE)</source>
        <translation>Connexion par navigateur (code d&apos;autorisation + PKCE)</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Code d&apos;appareil</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Identifiants client</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Connexion par navigateur</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Connect an account to %1</source>
        <translation>Connecter un compte à %1</translation>
    </message>
    <message>
        <source>Connect an account to the app &quot;%1&quot;. Its tokens are sealed in the profile, and Keyward refreshes them before they expire.</source>
        <translation>Connectez un compte à l&apos;application &quot;%1&quot;. Ses tokens sont scellés dans le profil, et Keyward les rafraîchit avant leur expiration.</translation>
    </message>
    <message>
        <source>How to connect</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <source>Scopes to request, separated by spaces</source>
        <translation>Scopes à demander, séparés par des espaces</translation>
    </message>
    <message>
        <source>the app&apos;s scopes</source>
        <translation>les scopes de l&apos;application</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>Copy the authorization URL</source>
        <translation>Copier l&apos;URL d&apos;autorisation</translation>
    </message>
    <message>
        <source>If no browser opened, open this &amp;address in one:</source>
        <translation>Si aucun navigateur ne s&apos;est ouvert, ouvrez cette &amp;adresse dans un navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>Code utilisateur</translation>
    </message>
    <message>
        <source>Where to enter the code</source>
        <translation>Où saisir le code</translation>
    </message>
    <message>
        <source>Why connecting failed</source>
        <translation>Pourquoi la connexion a échoué</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start connecting</source>
        <translation>Lancer la connexion</translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation>Annuler et fermer</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>&amp;Flux&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Sc&amp;opes&#xa0;:</translation>
    </message>
    <message>
        <source>The address is on the clipboard.</source>
        <translation>L&apos;adresse a été copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The app supports none of the flows Keyward can run.</source>
        <translation>L&apos;application ne prend en charge aucun des flux que Keyward sait exécuter.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Requesting a token…</source>
        <translation>Demande d&apos;un token…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>The profile was closed before the account was connected.</source>
        <translation>Le profil a été fermé avant que le compte ne soit connecté.</translation>
    </message>
    <message>
        <source>Waiting for the browser… (up to 5 minutes). Sign in there and allow access; the browser then returns to Keyward on 127.0.0.1.</source>
        <translation>En attente du navigateur… (jusqu&apos;à 5 minutes). Connectez-vous-y et autorisez l&apos;accès&#xa0;; le navigateur revient ensuite à Keyward sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>The browser could not be opened: open the address above in one.</source>
        <translation>Le navigateur n&apos;a pas pu être ouvert&#xa0;: ouvrez l&apos;adresse ci-dessus dans un navigateur.</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter this code:</source>
        <translation>Sur n&apos;importe quel appareil, ouvrez %1 et saisissez ce code&#xa0;:</translation>
    </message>
    <message>
        <source>(or %1).</source>
        <translation>(ou %1).</translation>
    </message>
    <message>
        <source>open the page with the code filled in</source>
        <translation>ouvrez la page avec le code déjà renseigné</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the approval… The code is valid for %n minute(s).</source>
        <translation>
            <numerusform>En attente de l&apos;approbation… Le code est valable %n minute.</numerusform>
            <numerusform>En attente de l&apos;approbation… Le code est valable %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: connection %1 for %2.</source>
        <translation>Connecté&#xa0;: connexion %1 pour %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ConnectionsPage</name>
    <message>
        <source>Refresh &amp;now</source>
        <translation>&amp;Rafraîchir maintenant</translation>
    </message>
    <message>
        <source>&amp;Introspect</source>
        <translation>&amp;Introspecter</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Show connections of app</source>
        <translation>Afficher les connexions de l&apos;application</translation>
    </message>
    <message>
        <source>Show connections in state</source>
        <translation>Afficher les connexions à l&apos;état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter by account or scope</source>
        <translation>Filtrer par compte ou par scope</translation>
    </message>
    <message>
        <source>Account or scope…</source>
        <translation>Compte ou scope…</translation>
    </message>
    <message>
        <source>Details of the selected connection</source>
        <translation>Détails de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Select a connection to see its fingerprints, scopes, times and last refresh result. Tokens are never shown.</source>
        <translation>Sélectionnez une connexion pour afficher ses empreintes, ses scopes, ses horodatages et le résultat du dernier rafraîchissement. Les tokens ne sont jamais affichés.</translation>
    </message>
    <message>
        <source>Refresh the selected connection&apos;s tokens now</source>
        <translation>Rafraîchir immédiatement les tokens de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Ask the provider about the selected connection&apos;s access token</source>
        <translation>Interroger le fournisseur sur le token d&apos;accès de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Revoke the selected connection at the provider and here</source>
        <translation>Révoquer la connexion sélectionnée auprès du fournisseur et ici</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>Reload the connections</source>
        <translation>Recharger les connexions</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>Applicati&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Toutes les applications</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n connection(s)</source>
        <translation>
            <numerusform>%1 sur %n connexion</numerusform>
            <numerusform>%1 sur %n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Refreshing connection %1…</source>
        <translation>Rafraîchissement de la connexion %1…</translation>
    </message>
    <message>
        <source>Connection %1 refreshed.</source>
        <translation>Connexion %1 rafraîchie.</translation>
    </message>
    <message>
        <source>Introspection of connection %1 (RFC 7662):

</source>
        <translation>Introspection de la connexion %1 (RFC 7662)&#xa0;:

</translation>
    </message>
    <message>
        <source>The provider says the access token of connection %1 is active.</source>
        <translation>Selon le fournisseur, le token d&apos;accès de la connexion %1 est actif.</translation>
    </message>
    <message>
        <source>The provider says the access token of connection %1 is NOT active.</source>
        <translation>Selon le fournisseur, le token d&apos;accès de la connexion %1 n&apos;est PAS actif.</translation>
    </message>
    <message>
        <source>Revoke connection</source>
        <translation>Révoquer la connexion</translation>
    </message>
    <message>
        <source>Revoke connection %1 at the provider and remove its tokens here? The account must be connected again to be used.</source>
        <translation>Révoquer la connexion %1 auprès du fournisseur et supprimer ses tokens ici&#xa0;? Le compte devra être reconnecté pour pouvoir être utilisé.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Connection %1 revoked.</source>
        <translation>Connexion %1 révoquée.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::CreateTokenDialog</name>
    <message>
        <source>Create API token</source>
        <translation>Créer un token d&apos;API</translation>
    </message>
    <message>
        <source>An API token lets a script or keyward-cli serve act for a user without a password or code, with the role you choose here (at most the user&apos;s own). Keyward stores only its hash and shows it once.</source>
        <translation>Un token d&apos;API permet à un script ou à keyward-cli serve d&apos;agir pour le compte d&apos;un utilisateur sans mot de passe ni code, avec le rôle que vous choisissez ici (au plus celui de l&apos;utilisateur). Keyward n&apos;en conserve que l&apos;empreinte et ne l&apos;affiche qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>User the token acts for</source>
        <translation>Utilisateur pour le compte duquel le token agit</translation>
    </message>
    <message>
        <source>Role of the token</source>
        <translation>Rôle du token</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>What it is for, e.g. &quot;nightly report&quot;</source>
        <translation>À quoi il sert, par ex. &quot;rapport nocturne&quot;</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>in 7 days</source>
        <translation>dans 7 jours</translation>
    </message>
    <message>
        <source>in 30 days</source>
        <translation>dans 30 jours</translation>
    </message>
    <message>
        <source>in 90 days</source>
        <translation>dans 90 jours</translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation>dans 1 an</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Créer le token</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Expiration&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::EnrollmentDialog</name>
    <message>
        <source>Two-factor sign-in for %1</source>
        <translation>Authentification à deux facteurs pour %1</translation>
    </message>
    <message>
        <source>New two-factor sign-in for %1</source>
        <translation>Nouvelle authentification à deux facteurs pour %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown once.&lt;/b&gt; Keyward keeps only what it needs to check codes: this QR code, the secret and the recovery codes cannot be shown again. Set up the authenticator app and store the recovery codes now.</source>
        <translation>&lt;b&gt;Affiché une seule fois.&lt;/b&gt; Keyward ne conserve que ce dont il a besoin pour vérifier les codes&#xa0;: ce code QR, le secret et les codes de récupération ne pourront plus être affichés. Configurez l&apos;application d&apos;authentification et mettez les codes de récupération en lieu sûr dès maintenant.</translation>
    </message>
    <message>
        <source>QR code of the authenticator enrollment</source>
        <translation>Code QR d&apos;enrôlement de l&apos;authentificateur</translation>
    </message>
    <message>
        <source>The enrollment is too long for a QR code: enter the secret by hand.</source>
        <translation>L&apos;enrôlement est trop long pour un code QR&#xa0;: saisissez le secret manuellement.</translation>
    </message>
    <message>
        <source>1. Scan the QR code with an authenticator app (FreeOTP, Aegis, Google or Microsoft Authenticator, 1Password…) on a device %1 keeps with them.

2. An app that cannot scan takes the secret by hand: time-based, SHA-1, 6 digits, 30 seconds.

3. Store the recovery codes where %1 finds them without this computer (a password manager, or on paper). Each signs in once in place of a code when the authenticator is lost.</source>
        <translation>1. Scannez le code QR avec une application d&apos;authentification (FreeOTP, Aegis, Google ou Microsoft Authenticator, 1Password…) sur un appareil que %1 garde sur soi.

2. Dans une application qui ne sait pas scanner, le secret se saisit manuellement&#xa0;: basé sur le temps, SHA-1, 6 chiffres, 30 secondes.

3. Conservez les codes de récupération à un endroit où %1 peut les retrouver sans cet ordinateur (un gestionnaire de mots de passe, ou sur papier). Si l&apos;authentificateur est perdu, chaque code permet de se connecter une seule fois à la place d&apos;un code à usage unique.</translation>
    </message>
    <message>
        <source>Secret for entering by hand</source>
        <translation>Secret à saisir manuellement</translation>
    </message>
    <message>
        <source>Enrollment URI</source>
        <translation>URI d&apos;enrôlement</translation>
    </message>
    <message>
        <source>Recovery codes, each usable once</source>
        <translation>Codes de récupération, chacun utilisable une seule fois</translation>
    </message>
    <message>
        <source>&amp;Copy recovery codes</source>
        <translation>&amp;Copier les codes de récupération</translation>
    </message>
    <message>
        <source>Copy the recovery codes to the clipboard</source>
        <translation>Copier les codes de récupération dans le presse-papiers</translation>
    </message>
    <message>
        <source>I have stored them — &amp;close</source>
        <translation>Je les ai mis en lieu sûr — &amp;fermer</translation>
    </message>
    <message>
        <source>Close; the enrollment cannot be shown again</source>
        <translation>Fermer&#xa0;; l&apos;enrôlement ne pourra plus être affiché</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recovery codes:</source>
        <translation>Codes de &amp;récupération&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::FirstAdminSetup</name>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The profile was created, but not its Security Administrator: %1 Add one on the Users page.</source>
        <translation>Le profil a été créé, mais pas son Administrateur de la sécurité&#xa0;: %1 Ajoutez-en un sur la page Utilisateurs.</translation>
    </message>
    <message>
        <source>Next: sign in as %1 with the password and a code from the authenticator app.</source>
        <translation>Étape suivante&#xa0;: connectez-vous en tant que %1 avec le mot de passe et un code de l&apos;application d&apos;authentification.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::FirstRunDialog</name>
    <message>
        <source>Create a Keyward profile</source>
        <translation>Créer un profil Keyward</translation>
    </message>
    <message>
        <source>A profile holds one organisation&apos;s or environment&apos;s provider apps, connections and audit log (for example &quot;prod&quot; or &quot;staging&quot;). Its database is encrypted with a random key kept in your OS keychain, never on disk in the clear.</source>
        <translation>Un profil regroupe les applications de fournisseurs, les connexions et le journal d&apos;audit d&apos;une organisation ou d&apos;un environnement (par exemple &quot;prod&quot; ou &quot;staging&quot;). Sa base de données est chiffrée avec une clé aléatoire conservée dans le trousseau de clés de votre système, jamais en clair sur le disque.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Use letters, digits, dot, dash or underscore.</source>
        <translation>Utilisez des lettres, des chiffres, le point, le tiret ou le trait de soulignement.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>Un profil nommé &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>Create the first &amp;Security Administrator now (recommended)</source>
        <translation>Créer maintenant le premier &amp;Administrateur de la sécurité (recommandé)</translation>
    </message>
    <message>
        <source>Create the first Security Administrator now</source>
        <translation>Créer maintenant le premier Administrateur de la sécurité</translation>
    </message>
    <message>
        <source>Without users, whoever holds this computer account&apos;s keychain acts as the profile&apos;s administrator and nobody signs in. With a Security Administrator, everyone signs in with a password and a one-time code from an authenticator app, which you set up next. You can also add users later.</source>
        <translation>Sans utilisateurs, quiconque a accès au trousseau de clés de ce compte utilisateur de l&apos;ordinateur agit en tant qu&apos;administrateur du profil, et personne ne se connecte. Avec un Administrateur de la sécurité, chacun se connecte avec un mot de passe et un code à usage unique fourni par une application d&apos;authentification, que vous configurez à l&apos;étape suivante. Vous pouvez aussi ajouter des utilisateurs plus tard.</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Nom d&apos;utilisateur de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation>Mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Administrator&apos;s password again</source>
        <translation>Confirmation du mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::JobsPage</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>à réessayer</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>morte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>&amp;Retry selected</source>
        <translation>&amp;Relancer la sélection</translation>
    </message>
    <message>
        <source>&amp;Discard selected</source>
        <translation>Aban&amp;donner la sélection</translation>
    </message>
    <message>
        <source>Retry &amp;all matching…</source>
        <translation>Relancer t&amp;out ce qui correspond…</translation>
    </message>
    <message>
        <source>Discard all &amp;matching…</source>
        <translation>Abandonner tout ce qui &amp;correspond…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Queue figures</source>
        <translation>Statistiques des files</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échues</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Mortes</translation>
    </message>
    <message>
        <source>Oldest wait</source>
        <translation>Plus longue attente</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Traitées</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Relancées</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>Afficher les tâches à l&apos;état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Jobs, newest first</source>
        <translation>Tâches, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Attempts of the selected job</source>
        <translation>Tentatives de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Select a job to see its arguments and every attempt.</source>
        <translation>Sélectionnez une tâche pour afficher ses arguments et chacune de ses tentatives.</translation>
    </message>
    <message>
        <source>Retry the selected jobs now</source>
        <translation>Relancer maintenant les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Discard the selected jobs</source>
        <translation>Abandonner les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Retry every job the filter matches</source>
        <translation>Relancer toutes les tâches correspondant au filtre</translation>
    </message>
    <message>
        <source>Discard every job the filter matches</source>
        <translation>Abandonner toutes les tâches correspondant au filtre</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Reload the jobs</source>
        <translation>Recharger les tâches</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Job %1 · %2 · queue %3 · %4
Arguments: %5
</source>
        <translation>Tâche %1 · %2 · file %3 · %4
Arguments&#xa0;: %5
</translation>
    </message>
    <message>
        <source>Next attempt: %1
</source>
        <translation>Prochaine tentative&#xa0;: %1
</translation>
    </message>
    <message>
        <source>
Attempt %1: %2, started %3, %4 ms</source>
        <translation>
Tentative %1&#xa0;: %2, démarrée le %3, %4 ms</translation>
    </message>
    <message>
        <source>None of these jobs can be retried (running or finished jobs stay as they are).</source>
        <translation>Aucune de ces tâches ne peut être relancée (les tâches en cours ou terminées restent inchangées).</translation>
    </message>
    <message>
        <source>None of these jobs can be discarded (running or finished jobs stay as they are).</source>
        <translation>Aucune de ces tâches ne peut être abandonnée (les tâches en cours ou terminées restent inchangées).</translation>
    </message>
    <message>
        <source>every job matching &quot;%1&quot;</source>
        <translation>toutes les tâches correspondant à &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the selected jobs</source>
        <translation>les tâches sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n job(s) now (%1)?</source>
        <translation>
            <numerusform>Relancer %n tâche maintenant (%1)&#xa0;?</numerusform>
            <numerusform>Relancer %n tâches maintenant (%1)&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n job(s) (%1)? Discarded jobs do not run again.</source>
        <translation>
            <numerusform>Abandonner %n tâche (%1)&#xa0;? Les tâches abandonnées ne sont plus exécutées.</numerusform>
            <numerusform>Abandonner %n tâches (%1)&#xa0;? Les tâches abandonnées ne sont plus exécutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry jobs</source>
        <translation>Relancer des tâches</translation>
    </message>
    <message>
        <source>Discard jobs</source>
        <translation>Abandonner des tâches</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) will run again now.</source>
        <translation>
            <numerusform>%n tâche sera relancée immédiatement.</numerusform>
            <numerusform>%n tâches seront relancées immédiatement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) discarded.</source>
        <translation>
            <numerusform>%n tâche abandonnée.</numerusform>
            <numerusform>%n tâches abandonnées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::MainWindow</name>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Ouvrir un profil</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>À &amp;propos de Keyward</translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation>À propos de Keyward</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyward %1&lt;/b&gt;&lt;p&gt;Administration console and engine for an organisation&apos;s OAuth provider connections.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Keyward %1&lt;/b&gt;&lt;p&gt;Console d&apos;administration et moteur pour les connexions d&apos;une organisation aux fournisseurs OAuth.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No profile is open: create one to start.</source>
        <translation>Aucun profil n&apos;est ouvert&#xa0;: créez-en un pour commencer.</translation>
    </message>
    <message>
        <source>Create profile…</source>
        <translation>Créer un profil…</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Aucun profil</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Aucun profil ouvert</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Keyward — %1</source>
        <translation>Keyward — %1</translation>
    </message>
    <message>
        <source>Encrypted store · SQLCipher %1 · schema %2 · keys in the %3</source>
        <translation>Stockage chiffré · SQLCipher %1 · schéma %2 · clés&#xa0;: %3</translation>
    </message>
    <message>
        <source>systemd credentials</source>
        <translation>identifiants systemd</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>trousseau de clés du système</translation>
    </message>
    <message>
        <source>Audit head #%1 %2…</source>
        <translation>Dernier événement d&apos;audit #%1 %2…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>Token health</source>
        <translation>Santé des tokens</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Provider apps</source>
        <translation>Applications de fournisseurs</translation>
    </message>
    <message>
        <source>&amp;Token health</source>
        <translation>&amp;Santé des tokens</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>Provider &amp;apps</source>
        <translation>&amp;Applications de fournisseurs</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Masquer le message</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Profile id:</source>
        <translation>Identifiant du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schéma&#xa0;:</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Clés&#xa0;:</translation>
    </message>
    <message>
        <source>Audit events:</source>
        <translation>Événements d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>Audit head:</source>
        <translation>Dernier événement d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>Signed checkpoints:</source>
        <translation>Points de contrôle signés&#xa0;:</translation>
    </message>
    <message>
        <source>Database size:</source>
        <translation>Taille de la base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Write an encrypted backup of this profile</source>
        <translation>Écrire une sauvegarde chiffrée de ce profil</translation>
    </message>
    <message>
        <source>Rotate database &amp;key…</source>
        <translation>Renouveler la &amp;clé de la base de données…</translation>
    </message>
    <message>
        <source>Rotate the database encryption key</source>
        <translation>Renouveler la clé de chiffrement de la base de données</translation>
    </message>
    <message>
        <source>Backups are encrypted with the profile&apos;s backup key, kept in the OS keychain beside the database key; see the README for restoring on another machine.</source>
        <translation>Les sauvegardes sont chiffrées avec la clé de sauvegarde du profil, conservée dans le trousseau de clés du système à côté de la clé de base de données&#xa0;; consultez le README pour la restauration sur une autre machine.</translation>
    </message>
    <message>
        <source>SQLCipher %1 (AES-256, raw 256-bit key)</source>
        <translation>SQLCipher %1 (AES-256, clé brute de 256 bits)</translation>
    </message>
    <message>
        <source>%1 (this Keyward supports up to %2)</source>
        <translation>%1 (cette version de Keyward prend en charge jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>systemd credentials</source>
        <translation>Identifiants systemd</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Trousseau de clés du système</translation>
    </message>
    <message>
        <source>#%1 · %2… · %3</source>
        <translation>#%1 · %2… · %3</translation>
    </message>
    <message>
        <source>none yet (one is signed every 1,000 events and when the profile closes)</source>
        <translation>aucun pour l&apos;instant (un point de contrôle est signé tous les 1&#xa0;000 événements et à la fermeture du profil)</translation>
    </message>
    <message>
        <source>%1 (last at event %2)</source>
        <translation>%1 (dernier à l&apos;événement %2)</translation>
    </message>
    <message>
        <source>Save encrypted backup</source>
        <translation>Enregistrer la sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>Keyward backups (*.kwbackup)</source>
        <translation>Sauvegardes Keyward (*.kwbackup)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2, audit events up to #%3).</source>
        <translation>Sauvegarde écrite dans %1 (%2, événements d&apos;audit jusqu&apos;à #%3).</translation>
    </message>
    <message>
        <source>Rotate the database key</source>
        <translation>Renouveler la clé de base de données</translation>
    </message>
    <message>
        <source>Keyward will make a new random key, re-encrypt the whole database with it and store it in the OS keychain. Backups made before keep their own key. Continue?</source>
        <translation>Keyward va générer une nouvelle clé aléatoire, rechiffrer toute la base de données avec celle-ci et la stocker dans le trousseau de clés du système. Les sauvegardes effectuées auparavant conservent leur propre clé. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <source>Re-encrypting the database…</source>
        <translation>Rechiffrement de la base de données…</translation>
    </message>
    <message>
        <source>The database key was rotated.</source>
        <translation>La clé de base de données a été renouvelée.</translation>
    </message>
    <message>
        <source>active: seals new tokens</source>
        <translation>active&#xa0;: scelle les nouveaux tokens</translation>
    </message>
    <message>
        <source>retiring: tokens being sealed again</source>
        <translation>en cours de retrait&#xa0;: tokens en cours de rescellement</translation>
    </message>
    <message>
        <source>retired: removed from the keychain</source>
        <translation>retirée&#xa0;: supprimée du trousseau de clés</translation>
    </message>
    <message>
        <source>Rotate &amp;token key…</source>
        <translation>Renouveler la clé de &amp;tokens…</translation>
    </message>
    <message>
        <source>Token keys</source>
        <translation>Clés de tokens</translation>
    </message>
    <message>
        <source>The OAuth tokens in the profile are sealed under the active token key, kept in the OS keychain; Keyward never shows key material. Rotating makes a new key, seals every token again under it in the background, and then retires the old key.</source>
        <translation>Les tokens OAuth du profil sont scellés avec la clé de tokens active, conservée dans le trousseau de clés du système&#xa0;; Keyward n&apos;affiche jamais de matériel de clé. Le renouvellement génère une nouvelle clé, rescelle chaque token avec elle en arrière-plan, puis retire l&apos;ancienne clé.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Connections sealed</source>
        <translation>Connexions scellées</translation>
    </message>
    <message>
        <source>No token key yet: Keyward makes the first when it stores the first token.</source>
        <translation>Aucune clé de tokens pour l&apos;instant&#xa0;: Keyward crée la première lorsqu&apos;il enregistre le premier token.</translation>
    </message>
    <message>
        <source>Rotate the token key</source>
        <translation>Renouveler la clé de tokens</translation>
    </message>
    <message>
        <source>Keyward will make a new token key in the OS keychain and seal new tokens with it. In the background it then seals every stored token again under the new key; when no token uses the old key any more, the old key is retired and removed from the keychain. Connections keep working throughout. Continue?</source>
        <translation>Keyward va générer une nouvelle clé de tokens dans le trousseau de clés du système et sceller les nouveaux tokens avec celle-ci. Il rescellera ensuite en arrière-plan chaque token enregistré avec la nouvelle clé&#xa0;; lorsque plus aucun token n&apos;utilisera l&apos;ancienne clé, celle-ci sera retirée et supprimée du trousseau de clés. Les connexions continuent de fonctionner pendant toute l&apos;opération. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Rotate token key</source>
        <translation>Renouveler la clé de tokens</translation>
    </message>
    <message>
        <source>Making a new token key…</source>
        <translation>Génération d&apos;une nouvelle clé de tokens…</translation>
    </message>
    <message>
        <source>New token key %1 is active. Keyward seals every token again under it in the background and retires the old key when that is done.</source>
        <translation>La nouvelle clé de tokens %1 est active. Keyward rescelle chaque token avec elle en arrière-plan et retire l&apos;ancienne clé une fois l&apos;opération terminée.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ReceiverDialog</name>
    <message>
        <source>&amp;Receive webhooks in this console and in keyward-cli serve</source>
        <translation>&amp;Recevoir les webhooks dans cette console et dans keyward-cli serve</translation>
    </message>
    <message>
        <source>Self-si&amp;gned, made at each start (for local use only)</source>
        <translation>Auto&amp;signé, créé à chaque démarrage (pour un usage local uniquement)</translation>
    </message>
    <message>
        <source>From PEM &amp;files:</source>
        <translation>Depuis des &amp;fichiers PEM :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Récepteur de webhooks</translation>
    </message>
    <message>
        <source>Senders post to https://ADDRESS:PORT/webhooks/NAME. Listen on 127.0.0.1 when a reverse proxy on this machine forwards to Keyward; on 0.0.0.0 or [::] only with a certificate the senders trust. The certificate&apos;s key stays in its file: the profile stores only the paths.</source>
        <translation>Les expéditeurs envoient à https://ADRESSE:PORT/webhooks/NAME. Écoutez sur 127.0.0.1 lorsqu’un proxy inverse de cette machine transmet à Keyward ; sur 0.0.0.0 ou [::] uniquement avec un certificat auquel les expéditeurs font confiance. La clé du certificat reste dans son fichier : le profil n’enregistre que les chemins.</translation>
    </message>
    <message>
        <source>Address and port the receiver listens on</source>
        <translation>Adresse et port d’écoute du récepteur</translation>
    </message>
    <message>
        <source>Certificate chain file (PEM, leaf first)</source>
        <translation>Fichier de la chaîne de certificats (PEM, certificat final d’abord)</translation>
    </message>
    <message>
        <source>Private key file (PEM)</source>
        <translation>Fichier de la clé privée (PEM)</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier du certificat</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de la clé privée</translation>
    </message>
    <message>
        <source>Why the settings were not applied</source>
        <translation>Pourquoi les réglages n’ont pas été appliqués</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Certificate chain (PEM)</source>
        <translation>Chaîne de certificats (PEM)</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Clé privée (PEM)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Écouter sur :</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>C&amp;hain:</source>
        <translation>C&amp;haîne :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The settings are saved, but the receiver did not start: %1</source>
        <translation>Les réglages sont enregistrés, mais le récepteur n’a pas démarré : %1</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::RefreshPolicyDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Refresh ahead: share of the token lifetime, in percent</source>
        <translation>Rafraîchissement anticipé&#xa0;: part de la durée de vie du token, en pourcentage</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Refresh ahead: minutes before expiry</source>
        <translation>Rafraîchissement anticipé&#xa0;: minutes avant l&apos;expiration</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Backoff base: first wait after a failure, in seconds</source>
        <translation>Délai de base&#xa0;: première attente après un échec, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Backoff cap: longest wait between retries, in minutes</source>
        <translation>Délai maximal&#xa0;: plus longue attente entre deux tentatives, en minutes</translation>
    </message>
    <message>
        <source>Give-up window in days</source>
        <translation>Fenêtre d&apos;abandon en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Refresh policy of &quot;%1&quot;</source>
        <translation>Politique de rafraîchissement de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>How Keyward refreshes the tokens of the accounts connected to &quot;%1&quot;. A change applies from each connection&apos;s next refresh.</source>
        <translation>Comment Keyward rafraîchit les tokens des comptes connectés à &quot;%1&quot;. Une modification s&apos;applique à partir du prochain rafraîchissement de chaque connexion.</translation>
    </message>
    <message>
        <source>When to refresh</source>
        <translation>Quand rafraîchir</translation>
    </message>
    <message>
        <source>Refresh at &amp;share of lifetime left:</source>
        <translation>Rafraîchir à la &amp;part de durée de vie restante&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh when this share of the token&apos;s lifetime remains (0–90 %).</source>
        <translation>Rafraîchir lorsqu&apos;il reste cette part de la durée de vie du token (0–90 %).</translation>
    </message>
    <message>
        <source>…or &amp;minutes before expiry:</source>
        <translation>…ou &amp;minutes avant l&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Or this long before it expires, if that is earlier (at most half the lifetime).</source>
        <translation>Ou ce délai avant l&apos;expiration, si cela tombe plus tôt (au plus la moitié de la durée de vie).</translation>
    </message>
    <message>
        <source>After a failed refresh</source>
        <translation>Après un échec du rafraîchissement</translation>
    </message>
    <message>
        <source>Backoff &amp;base:</source>
        <translation>Délai de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>The first retry comes at a random moment within this time (1 s at least).</source>
        <translation>La première nouvelle tentative a lieu à un moment aléatoire dans ce délai (1 s au moins).</translation>
    </message>
    <message>
        <source>Backoff &amp;cap:</source>
        <translation>Délai ma&amp;ximal&#xa0;:</translation>
    </message>
    <message>
        <source>Each wait doubles up to this cap, which bounds a provider&apos;s Retry-After too.</source>
        <translation>Chaque attente double jusqu&apos;à ce plafond, qui limite aussi le Retry-After d&apos;un fournisseur.</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Abandonner après&#xa0;:</translation>
    </message>
    <message>
        <source>Failing this long marks the connection exhausted: someone must reconnect it.</source>
        <translation>Une connexion en échec pendant cette durée est marquée &quot;Rafraîchissement abandonné&quot;&#xa0;: quelqu&apos;un doit la reconnecter.</translation>
    </message>
    <message>
        <source>Why the refresh policy cannot be saved</source>
        <translation>Pourquoi la politique de rafraîchissement ne peut pas être enregistrée</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the refresh policy</source>
        <translation>Enregistrer la politique de rafraîchissement</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Put Keyward&apos;s default refresh policy in the form</source>
        <translation>Remplir le formulaire avec la politique de rafraîchissement par défaut de Keyward</translation>
    </message>
    <message>
        <source>Refresh when 0 to 90 % of the lifetime remains: a token refreshed earlier would be refreshed almost all the time.</source>
        <translation>Le rafraîchissement doit avoir lieu lorsqu&apos;il reste de 0 à 90 % de la durée de vie&#xa0;: un token rafraîchi plus tôt le serait presque en permanence.</translation>
    </message>
    <message>
        <source>The minutes before expiry cannot be negative.</source>
        <translation>Les minutes avant l&apos;expiration ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <source>The backoff base must be at least 1 second.</source>
        <translation>Le délai de base doit être d&apos;au moins 1 seconde.</translation>
    </message>
    <message>
        <source>The backoff cap (%1) is shorter than the backoff base (%2): make the cap at least as long.</source>
        <translation>Le délai maximal (%1) est plus court que le délai de base (%2)&#xa0;: choisissez un délai maximal au moins aussi long.</translation>
    </message>
    <message>
        <source>The give-up window must be at least a minute.</source>
        <translation>La fenêtre d&apos;abandon doit être d&apos;au moins une minute.</translation>
    </message>
    <message>
        <source>With this policy a token that lives 1 hour is refreshed %1 before it expires, one that lives 1 day %2 before.</source>
        <translation>Avec cette politique, un token d&apos;une durée de vie de 1 heure est rafraîchi %1 avant son expiration, et un token d&apos;une durée de vie de 1 jour %2 avant.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ReportPreview</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>Dernier événement d&apos;audit</translation>
    </message>
    <message>
        <source>event #%1, %2</source>
        <translation>événement #%1, %2</translation>
    </message>
    <message>
        <source>%1 (rows: %2)</source>
        <translation>%1 (lignes : %2)</translation>
    </message>
    <message>
        <source>Rows marked ! : %1</source>
        <translation>Lignes marquées ! : %1</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows; the saved report has them all.</source>
        <translation>Les %1 premières lignes sur %2 ; le rapport enregistré les contient toutes.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::ReportsPage</name>
    <message>
        <source>Every connection with its app, subject, scopes, when it was created and last refreshed, when its token expires, and its health.</source>
        <translation>Chaque connexion avec son application, son sujet, ses scopes, ses dates de création et de dernier rafraîchissement, la date d&apos;expiration de son token et sa santé.</translation>
    </message>
    <message>
        <source>Who can do what in Keyward (users, roles, API tokens) and which provider scopes each connection holds, broad scopes flagged.</source>
        <translation>Qui peut faire quoi dans Keyward (utilisateurs, rôles, tokens d&apos;API) et quels scopes de fournisseur détient chaque connexion, avec les scopes étendus signalés.</translation>
    </message>
    <message>
        <source>The age of client secrets, webhook secrets, the token key, the database key and the audit checkpoint key against a maximum age.</source>
        <translation>L&apos;âge des secrets clients, des secrets de webhooks, de la clé de tokens, de la clé de base de données et de la clé des points de contrôle d&apos;audit, comparé à un âge maximal.</translation>
    </message>
    <message>
        <source>Failed refreshes and other failures recorded in the period, and the jobs that died.</source>
        <translation>Les rafraîchissements échoués et les autres échecs enregistrés pendant la période, ainsi que les tâches mortes.</translation>
    </message>
    <message>
        <source>Verifies the audit chain, its signed checkpoints and the database file, and attests the result with the checkpoints of the period.</source>
        <translation>Vérifie la chaîne d&apos;audit, ses points de contrôle signés et le fichier de base de données, et atteste le résultat avec les points de contrôle de la période.</translation>
    </message>
    <message>
        <source>Maximum &amp;age (days):</source>
        <translation>Âge &amp;maximal (jours) :</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>A&amp;dd schedule…</source>
        <translation>A&amp;jouter une planification…</translation>
    </message>
    <message>
        <source>Re&amp;move schedule</source>
        <translation>&amp;Supprimer la planification</translation>
    </message>
    <message>
        <source>Compliance reports</source>
        <translation>Rapports de conformité</translation>
    </message>
    <message>
        <source>Report type</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <source>First day of the period (UTC)</source>
        <translation>Premier jour de la période (UTC)</translation>
    </message>
    <message>
        <source>Last day of the period (UTC, included)</source>
        <translation>Dernier jour de la période (UTC, inclus)</translation>
    </message>
    <message>
        <source>Preview the report in the window</source>
        <translation>Afficher un aperçu du rapport dans la fenêtre</translation>
    </message>
    <message>
        <source>Save the report as PDF, CSV or JSON</source>
        <translation>Enregistrer le rapport au format PDF, CSV ou JSON</translation>
    </message>
    <message>
        <source>Cancel the report being generated</source>
        <translation>Annuler le rapport en cours de génération</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Pick a report and a period, then Preview or Save as…</source>
        <translation>Choisissez un rapport et une période, puis Aperçu ou Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>P&amp;eriod (UTC):</source>
        <translation>&amp;Période (UTC) :</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Rapports planifiés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>When (cron, UTC)</source>
        <translation>Quand (cron, UTC)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Gathering the %1 report…</source>
        <translation>Collecte des données du rapport « %1 »…</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Preview of the %1 report: %2 rows. Save as… writes all of them.</source>
        <translation>Aperçu du rapport « %1 » : %2 lignes. Enregistrer sous… les écrit toutes.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Writing the %1 report to %2…</source>
        <translation>Écriture du rapport « %1 » dans %2…</translation>
    </message>
    <message>
        <source>Saved the report (%1 rows) to %2. Its SHA-256, %3, is in the audit log.</source>
        <translation>Rapport (%1 lignes) enregistré dans %2. Son SHA-256, %3, figure dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Schedule a report</source>
        <translation>Planifier un rapport</translation>
    </message>
    <message>
        <source>weekly-inventory</source>
        <translation>inventaire-hebdo</translation>
    </message>
    <message>
        <source>Minute, hour, day of month, month, day of week (UTC): &quot;0 6 * * 1&quot; is Mondays at 06:00.</source>
        <translation>Minute, heure, jour du mois, mois, jour de la semaine (UTC) : « 0 6 * * 1 » correspond à tous les lundis à 06:00.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Par&amp;courir…</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Dossier des rapports</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;When (cron, UTC):</source>
        <translation>&amp;Quand (cron, UTC) :</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Days covered by each run:</source>
        <translation>&amp;Jours couverts par chaque exécution :</translation>
    </message>
    <message>
        <source>Scheduled &quot;%1&quot;. The console and keyward-cli serve run it while they run the background workers.</source>
        <translation>« %1 » planifié. La console et keyward-cli serve l&apos;exécutent lorsqu&apos;ils font tourner les exécuteurs en arrière-plan.</translation>
    </message>
    <message>
        <source>Remove the schedule</source>
        <translation>Supprimer la planification</translation>
    </message>
    <message>
        <source>Stop generating &quot;%1&quot;? Reports already written stay in their folder.</source>
        <translation>Arrêter de générer « %1 » ? Les rapports déjà écrits restent dans leur dossier.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed the schedule &quot;%1&quot;.</source>
        <translation>Planification « %1 » supprimée.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::RotateSecretDialog</name>
    <message>
        <source>Rotate the secret of %1</source>
        <translation>Renouveler le secret de %1</translation>
    </message>
    <message>
        <source>%1 (%2) signs with the secret %3. Enter the sender&apos;s new secret, or generate one and copy it to the sender. Until the overlap ends both are accepted, so deliveries signed either way are not rejected while the sender switches.</source>
        <translation>%1 (%2) signe avec le secret %3. Saisissez le nouveau secret de l&apos;expéditeur, ou générez-en un et reportez-le chez l&apos;expéditeur. Jusqu&apos;à la fin du chevauchement, les deux sont acceptés&#xa0;: les livraisons signées avec l&apos;un ou l&apos;autre ne sont donc pas rejetées pendant que l&apos;expéditeur change de secret.</translation>
    </message>
    <message>
        <source>(none active)</source>
        <translation>(aucun actif)</translation>
    </message>
    <message>
        <source>Hours the current secrets stay valid</source>
        <translation>Nombre d&apos;heures pendant lesquelles les secrets actuels restent valides</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>0 ends the current secrets now.</source>
        <translation>Avec 0, les secrets actuels cessent immédiatement d&apos;être valides.</translation>
    </message>
    <message>
        <source>Why the secret was not rotated</source>
        <translation>Pourquoi le secret n&apos;a pas été renouvelé</translation>
    </message>
    <message>
        <source>&amp;Rotate secret</source>
        <translation>&amp;Renouveler le secret</translation>
    </message>
    <message>
        <source>New &amp;secret:</source>
        <translation>Nouveau &amp;secret&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>&amp;Chevauchement&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the new secret, or generate one and copy it to the sender.</source>
        <translation>Saisissez le nouveau secret, ou générez-en un et reportez-le chez l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::SecretField</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>the secret the sender shows, or generate one</source>
        <translation>le secret affiché par l&apos;expéditeur, ou générez-en un</translation>
    </message>
    <message>
        <source>Generate a random secret</source>
        <translation>Générer un secret aléatoire</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copier le secret dans le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copié&#xa0;; le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié&#xa0;; le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new random secret: copy it into the sender&apos;s webhook settings.</source>
        <translation>Un nouveau secret aléatoire&#xa0;: copiez-le dans les paramètres de webhook de l&apos;expéditeur.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::SessionLock</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked after %1 without activity.</source>
        <translation>Verrouillé après %1 d&apos;inactivité.</translation>
    </message>
    <message>
        <source>Your session reached its limit of %1.</source>
        <translation>Votre session a atteint sa durée maximale de %1.</translation>
    </message>
    <message>
        <source>Locked on request.</source>
        <translation>Verrouillé à la demande.</translation>
    </message>
    <message>
        <source>Locked because the desktop locked or the computer went to sleep.</source>
        <translation>Verrouillé, car le bureau a été verrouillé ou l&apos;ordinateur s&apos;est mis en veille.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::SignInPanel</name>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Se connecter sous une &amp;autre identité</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>6 digits, or a recovery code</source>
        <translation>6 chiffres, ou un code de récupération</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Se connecter sous une autre identité</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>C&amp;ode à usage unique&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>This profile has users. Sign in with your password and the code from your authenticator app, or with one of your recovery codes.</source>
        <translation>Ce profil a des utilisateurs. Connectez-vous avec votre mot de passe et le code de votre application d&apos;authentification, ou avec l&apos;un de vos codes de récupération.</translation>
    </message>
    <message>
        <source>Keyward is locked</source>
        <translation>Keyward est verrouillé</translation>
    </message>
    <message>
        <source>Sign in again as %1 to continue with the profile &quot;%2&quot;.</source>
        <translation>Reconnectez-vous en tant que %1 pour continuer avec le profil &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::TokenCreatedDialog</name>
    <message>
        <source>API token %1</source>
        <translation>Token d&apos;API %1</translation>
    </message>
    <message>
        <source>It does not expire; revoke it on the Users page when it is no longer needed.</source>
        <translation>Il n&apos;expire pas&#xa0;; révoquez-le sur la page Utilisateurs lorsqu&apos;il n&apos;est plus nécessaire.</translation>
    </message>
    <message>
        <source>It expires %1.</source>
        <translation>Il expire le %1.</translation>
    </message>
    <message>
        <source>Token %1 acts for %2 as %3. %4</source>
        <translation>Le token %1 agit pour le compte de %2 en tant que %3. %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown once.&lt;/b&gt; Keyward keeps only a hash of the token: copy it into the script&apos;s secret store or a file only its user can read (keyward-cli --token-file), then close this window.</source>
        <translation>&lt;b&gt;Affiché une seule fois.&lt;/b&gt; Keyward ne conserve qu&apos;une empreinte du token&#xa0;: copiez-le dans le coffre à secrets du script ou dans un fichier que seul son utilisateur peut lire (keyward-cli --token-file), puis fermez cette fenêtre.</translation>
    </message>
    <message>
        <source>The API token</source>
        <translation>Le token d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Copier le token dans le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copié&#xa0;; le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié&#xa0;; le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::TokenHealthPage</name>
    <message>
        <source>Token health</source>
        <translation>Santé des tokens</translation>
    </message>
    <message>
        <source>Connections per state</source>
        <translation>Connexions par état</translation>
    </message>
    <message>
        <source>Connections per app and state</source>
        <translation>Connexions par application et par état</translation>
    </message>
    <message>
        <source>Connections that need attention, most urgent first</source>
        <translation>Connexions nécessitant votre attention, les plus urgentes en premier</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Attention requise</translation>
    </message>
    <message>
        <source>Per app</source>
        <translation>Par application</translation>
    </message>
    <message>
        <source>No connections yet: register a provider app and connect an account.</source>
        <translation>Aucune connexion pour l&apos;instant&#xa0;: enregistrez une application de fournisseur et connectez un compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s); </source>
        <translation>
            <numerusform>%n connexion&#xa0;; </numerusform>
            <numerusform>%n connexions&#xa0;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention.</source>
        <translation>
            <numerusform>%n nécessite votre attention.</numerusform>
            <numerusform>%n nécessitent votre attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::UserInput</name>
    <message>
        <source>Choose a password.</source>
        <translation>Choisissez un mot de passe.</translation>
    </message>
    <message>
        <source>The password is longer than 1024 bytes: choose a shorter one.</source>
        <translation>Le mot de passe dépasse 1024 octets&#xa0;: choisissez-en un plus court.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: saisissez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::UsersPage</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No API tokens.</source>
        <translation>Aucun token d&apos;API.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Reset &amp;two-factor…</source>
        <translation>Réinitialiser l&apos;authentification à deu&amp;x facteurs…</translation>
    </message>
    <message>
        <source>&amp;Create API token…</source>
        <translation>Créer un &amp;token d&apos;API…</translation>
    </message>
    <message>
        <source>Re&amp;voke token…</source>
        <translation>Ré&amp;voquer le token…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>This profile has no users: whoever holds this computer account&apos;s keychain acts as its Security Administrator, and nobody signs in. Add a Security Administrator to require a password and a one-time code from then on.</source>
        <translation>Ce profil n&apos;a aucun utilisateur&#xa0;: quiconque a accès au trousseau de clés de ce compte utilisateur de l&apos;ordinateur agit en tant qu&apos;Administrateur de la sécurité du profil, et personne ne se connecte. Ajoutez un Administrateur de la sécurité pour exiger dès lors un mot de passe et un code à usage unique.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Deux facteurs</translation>
    </message>
    <message>
        <source>Recovery codes left</source>
        <translation>Codes de récupération restants</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens d&apos;API</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Change the role of the selected user</source>
        <translation>Changer le rôle de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Disable or enable the selected user</source>
        <translation>Désactiver ou réactiver l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Give the selected user a new authenticator secret and recovery codes</source>
        <translation>Attribuer à l&apos;utilisateur sélectionné un nouveau secret d&apos;authentificateur et de nouveaux codes de récupération</translation>
    </message>
    <message>
        <source>Create an API token</source>
        <translation>Créer un token d&apos;API</translation>
    </message>
    <message>
        <source>Revoke the selected API token</source>
        <translation>Révoquer le token d&apos;API sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>Reload the users and API tokens</source>
        <translation>Recharger les utilisateurs et les tokens d&apos;API</translation>
    </message>
    <message>
        <source>Scripts and keyward-cli serve sign in with an API token, scoped to a role no broader than its user&apos;s. Keyward keeps only a hash of each token.</source>
        <translation>Les scripts et keyward-cli serve se connectent avec un token d&apos;API, limité à un rôle qui ne dépasse pas celui de son utilisateur. Keyward ne conserve qu&apos;une empreinte de chaque token.</translation>
    </message>
    <message>
        <source>Everyone who uses this profile signs in with a password and a one-time code from an authenticator app. Their role decides what they may do; the last enabled Security Administrator can be neither disabled nor demoted.</source>
        <translation>Toute personne qui utilise ce profil se connecte avec un mot de passe et un code à usage unique fourni par une application d&apos;authentification. Son rôle détermine ce qu&apos;elle peut faire&#xa0;; le dernier Administrateur de la sécurité activé ne peut être ni désactivé ni rétrogradé.</translation>
    </message>
    <message>
        <source>Everyone who uses this profile and what their role lets them do. Only a Security Administrator changes users and API tokens.</source>
        <translation>Toutes les personnes qui utilisent ce profil et ce que leur rôle leur permet de faire. Seul un Administrateur de la sécurité peut modifier les utilisateurs et les tokens d&apos;API.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>no: revoked %1</source>
        <translation>non&#xa0;: révoqué le %1</translation>
    </message>
    <message>
        <source>no: expired</source>
        <translation>non&#xa0;: expiré</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Réa&amp;ctiver</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Next: sign in as %1 with the password and a code from the authenticator app.</source>
        <translation>Étape suivante&#xa0;: connectez-vous en tant que %1 avec le mot de passe et un code de l&apos;application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Added %1 as %2. The profile now asks everyone to sign in.</source>
        <translation>%1 a été ajouté en tant que %2. Le profil exige désormais que chacun se connecte.</translation>
    </message>
    <message>
        <source>Added %1 as %2. Hand over the authenticator setup and recovery codes shown now; they are not shown again.</source>
        <translation>%1 a été ajouté en tant que %2. Transmettez la configuration de l&apos;authentificateur et les codes de récupération affichés maintenant&#xa0;; ils ne seront plus affichés.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>New role of %1 (their API tokens keep working only within it):</source>
        <translation>Nouveau rôle de %1 (ses tokens d&apos;API ne fonctionneront plus que dans les limites de ce rôle)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 a désormais le rôle %2.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in, and their API tokens are revoked for good. You can enable the user again later, but not the tokens.</source>
        <translation>Désactiver %1&#xa0;? Cet utilisateur ne pourra plus se connecter, et ses tokens d&apos;API seront révoqués définitivement. Vous pourrez réactiver l&apos;utilisateur plus tard, mais pas les tokens.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>%1 is disabled and their API tokens are revoked.</source>
        <translation>%1 est désactivé et ses tokens d&apos;API ont été révoqués.</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in again.</source>
        <translation>%1 est réactivé et peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Reset two-factor sign-in</source>
        <translation>Réinitialiser l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Give %1 a new authenticator secret and new recovery codes? The old authenticator entry and the old recovery codes stop working at once.</source>
        <translation>Attribuer à %1 un nouveau secret d&apos;authentificateur et de nouveaux codes de récupération&#xa0;? L&apos;ancienne entrée de l&apos;authentificateur et les anciens codes de récupération cesseront immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>%1 has a new authenticator secret and recovery codes; the old ones no longer work.</source>
        <translation>%1 dispose d&apos;un nouveau secret d&apos;authentificateur et de nouveaux codes de récupération&#xa0;; les anciens ne fonctionnent plus.</translation>
    </message>
    <message>
        <source>Created API token %1 for %2 as %3.</source>
        <translation>Token d&apos;API %1 créé pour %2 en tant que %3.</translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation>Révoquer le token d&apos;API</translation>
    </message>
    <message>
        <source>Revoke API token %1? Scripts that use it are refused from now on.</source>
        <translation>Révoquer le token d&apos;API %1&#xa0;? Les scripts qui l&apos;utilisent seront refusés dès maintenant.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>API token %1 of %2 is revoked.</source>
        <translation>Le token d&apos;API %1 de %2 a été révoqué.</translation>
    </message>
</context>
<context>
    <name>Keyward::Ui::WebhooksPage</name>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (valide jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>every app of its provider</source>
        <translation>toutes les applications de son fournisseur</translation>
    </message>
    <message>
        <source>Timestamp tolerance %1 s, at most %2 deliveries a second; bodies of rejected deliveries %3.</source>
        <translation>Tolérance d&apos;horodatage %1 s, au plus %2 livraisons par seconde&#xa0;; corps des livraisons rejetées %3.</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservés</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>non conservés</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(aucun corps)</translation>
    </message>
    <message>
        <source>Body not kept (%1 bytes received): the source does not keep the bodies of rejected deliveries.</source>
        <translation>Corps non conservé (%1 octets reçus)&#xa0;: la source ne conserve pas le corps des livraisons rejetées.</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(corps vide)</translation>
    </message>
    <message>
        <source>… (the first %1 of %2 bytes)</source>
        <translation>… (les %1 premiers octets sur %2)</translation>
    </message>
    <message>
        <source>The body is binary (%1 bytes); shown as base64:</source>
        <translation>Le corps est binaire (%1 octets)&#xa0;; affiché en base64&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>A&amp;jouter une source…</translation>
    </message>
    <message>
        <source>Rotate &amp;secret…</source>
        <translation>Renouveler le &amp;secret…</translation>
    </message>
    <message>
        <source>&amp;Replay selected</source>
        <translation>&amp;Rejouer la sélection</translation>
    </message>
    <message>
        <source>Replay all &amp;matching…</source>
        <translation>Rejouer t&amp;out ce qui correspond…</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook sources</source>
        <translation>Sources de webhooks</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Add a webhook source</source>
        <translation>Ajouter une source de webhooks</translation>
    </message>
    <message>
        <source>Give the selected source a new secret</source>
        <translation>Attribuer un nouveau secret à la source sélectionnée</translation>
    </message>
    <message>
        <source>Show deliveries of source</source>
        <translation>Afficher les livraisons de la source</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Show deliveries in state</source>
        <translation>Afficher les livraisons à l&apos;état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Show deliveries by verification result</source>
        <translation>Afficher les livraisons selon le résultat de la vérification</translation>
    </message>
    <message>
        <source>Verified or not</source>
        <translation>Vérifiées ou non</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Webhook deliveries, newest first</source>
        <translation>Livraisons de webhooks, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Headers, body and result of the selected delivery</source>
        <translation>En-têtes, corps et résultat de la livraison sélectionnée</translation>
    </message>
    <message>
        <source>Select a delivery to see its headers (secrets redacted), body and result.</source>
        <translation>Sélectionnez une livraison pour afficher ses en-têtes (secrets masqués), son corps et son résultat.</translation>
    </message>
    <message>
        <source>Process the selected deliveries again</source>
        <translation>Traiter à nouveau les livraisons sélectionnées</translation>
    </message>
    <message>
        <source>Process every delivery the filter matches again</source>
        <translation>Traiter à nouveau toutes les livraisons correspondant au filtre</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Reload the sources and deliveries</source>
        <translation>Recharger les sources et les livraisons</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Sour&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verification:</source>
        <translation>&amp;Vérification&#xa0;:</translation>
    </message>
    <message>
        <source>No webhook sources yet. Add one for each sender; it gets the path /webhooks/NAME and a signing secret.</source>
        <translation>Aucune source de webhooks pour l&apos;instant. Ajoutez-en une pour chaque expéditeur&#xa0;; elle reçoit le chemin /webhooks/NAME et un secret de signature.</translation>
    </message>
    <message>
        <source>No webhook sources yet. A Security Administrator adds them.</source>
        <translation>Aucune source de webhooks pour l&apos;instant. C&apos;est un Administrateur de la sécurité qui les ajoute.</translation>
    </message>
    <message>
        <source>Fingerprints (the first 8 hex digits of SHA-256) of the secrets deliveries are checked against, newest first.</source>
        <translation>Empreintes (les 8 premiers chiffres hexadécimaux du SHA-256) des secrets avec lesquels les livraisons sont vérifiées, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>every source and state</source>
        <translation>toutes les sources et tous les états</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries selected.</source>
        <translation>
            <numerusform>%n livraison sélectionnée.</numerusform>
            <numerusform>%n livraisons sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Aucun profil n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Delivery %1 from %2</source>
        <translation>Livraison %1 de %2</translation>
    </message>
    <message>
        <source>, event %1</source>
        <translation>, événement %1</translation>
    </message>
    <message>
        <source>Received %1 from %2</source>
        <translation>Reçue le %1 de %2</translation>
    </message>
    <message>
        <source>, the sender&apos;s delivery id %1</source>
        <translation>, identifiant de livraison de l&apos;expéditeur %1</translation>
    </message>
    <message>
        <source>Verification: %1. %2</source>
        <translation>Vérification&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>, replayed %n time(s)</source>
        <translation>
            <numerusform>, rejouée %n fois</numerusform>
            <numerusform>, rejouée %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Headers (secrets redacted):</source>
        <translation>En-têtes (secrets masqués)&#xa0;:</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (aucun)</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Added the source %1: deliveries signed with the secret %2 are accepted at /webhooks/%1.</source>
        <translation>La source %1 a été ajoutée&#xa0;: les livraisons signées avec le secret %2 sont acceptées sur /webhooks/%1.</translation>
    </message>
    <message>
        <source>%1 has the new secret %2; the previous ones stay valid until %3.</source>
        <translation>%1 a le nouveau secret %2&#xa0;; les précédents restent valides jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>%1 has the new secret %2; the previous ones no longer verify deliveries.</source>
        <translation>%1 a le nouveau secret %2&#xa0;; les précédents ne vérifient plus les livraisons.</translation>
    </message>
    <message>
        <source>At most %1 deliveries can be replayed at once; select fewer.</source>
        <translation>Au plus %1 livraisons peuvent être rejouées à la fois&#xa0;; sélectionnez-en moins.</translation>
    </message>
    <message>
        <source>Rejected deliveries are never processed, so none of the selected can be replayed.</source>
        <translation>Les livraisons rejetées ne sont jamais traitées&#xa0;: aucune des livraisons sélectionnées ne peut donc être rejouée.</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n selected delivery(ies)? Each is processed again as if it had just arrived.</source>
        <translation>
            <numerusform>Rejouer %n livraison sélectionnée&#xa0;? Elle est traitée à nouveau comme si elle venait d&apos;arriver.</numerusform>
            <numerusform>Rejouer %n livraisons sélectionnées&#xa0;? Chacune est traitée à nouveau comme si elle venait d&apos;arriver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay %1 of the %2 selected deliveries? The others were rejected and are never processed.</source>
        <translation>Rejouer %1 des %2 livraisons sélectionnées&#xa0;? Les autres ont été rejetées et ne sont jamais traitées.</translation>
    </message>
    <message>
        <source>Replay deliveries</source>
        <translation>Rejouer des livraisons</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>The filter shows rejected deliveries, which are never processed: nothing to replay.</source>
        <translation>Le filtre affiche des livraisons rejetées, qui ne sont jamais traitées&#xa0;: rien à rejouer.</translation>
    </message>
    <message>
        <source>No verified deliveries from the last 7 days match (%1): nothing to replay.</source>
        <translation>Aucune livraison vérifiée des 7 derniers jours ne correspond (%1)&#xa0;: rien à rejouer.</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n delivery(ies) from the last 7 days?</source>
        <translation>
            <numerusform>Rejouer %n livraison des 7 derniers jours&#xa0;?</numerusform>
            <numerusform>Rejouer %n livraisons des 7 derniers jours&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching: %1, verified only.</source>
        <translation>Correspondant à&#xa0;: %1, vérifiées uniquement.</translation>
    </message>
    <message>
        <source>More deliveries match than one replay takes: these are the newest %1. Narrow the filter to reach the others.</source>
        <translation>Plus de livraisons correspondent qu&apos;un seul rejeu ne peut en traiter&#xa0;: voici les %1 plus récentes. Affinez le filtre pour atteindre les autres.</translation>
    </message>
    <message>
        <source>Each is processed again as if it had just arrived.</source>
        <translation>Chacune est traitée à nouveau comme si elle venait d&apos;arriver.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) queued for processing again.</source>
        <translation>
            <numerusform>%n livraison mise en file pour être traitée à nouveau.</numerusform>
            <numerusform>%n livraisons mises en file pour être traitées à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be replayed: not verified, or no longer recorded.</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être rejouée&#xa0;: non vérifiée, ou plus enregistrée.</numerusform>
            <numerusform>%n n&apos;ont pas pu être rejouées&#xa0;: non vérifiées, ou plus enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>circuit open</source>
        <translation>disjoncteur ouvert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The last delivery worked (%1).</source>
        <translation>La dernière livraison a réussi (%1).</translation>
    </message>
    <message>
        <source>Nothing delivered yet.</source>
        <translation>Rien de livré pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) in a row failed; they are retried. The last error: %1</source>
        <translation>
            <numerusform>%n livraison a échoué&#xa0;; elle est retentée. Dernière erreur&#xa0;: %1</numerusform>
            <numerusform>%n livraisons consécutives ont échoué&#xa0;; elles sont retentées. Dernière erreur&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Circuit open until %1 after %n failure(s) in a row: deliveries wait until then. The last error: %2</source>
        <translation>
            <numerusform>Disjoncteur ouvert jusqu&apos;au %1 après %n échec&#xa0;: les livraisons attendent jusque-là. Dernière erreur&#xa0;: %2</numerusform>
            <numerusform>Disjoncteur ouvert jusqu&apos;au %1 après %n échecs consécutifs&#xa0;: les livraisons attendent jusque-là. Dernière erreur&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched off.</source>
        <translation>Désactivé.</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <source>Add e&amp;ndpoint…</source>
        <translation>Ajouter un poi&amp;nt de terminaison…</translation>
    </message>
    <message>
        <source>S&amp;witch off</source>
        <translation>Désact&amp;iver</translation>
    </message>
    <message>
        <source>Remov&amp;e…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <source>Event endpoints</source>
        <translation>Points de terminaison d&apos;événements</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add an endpoint that receives Keyward&apos;s events</source>
        <translation>Ajouter un point de terminaison qui reçoit les événements de Keyward</translation>
    </message>
    <message>
        <source>Switch the selected endpoint off or on</source>
        <translation>Désactiver ou activer le point de terminaison sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected endpoint</source>
        <translation>Supprimer le point de terminaison sélectionné</translation>
    </message>
    <message>
        <source>Senders whose signed deliveries Keyward accepts</source>
        <translation>Expéditeurs dont Keyward accepte les livraisons signées</translation>
    </message>
    <message>
        <source>URLs Keyward posts its own events to</source>
        <translation>URL auxquelles Keyward envoie ses propres événements</translation>
    </message>
    <message>
        <source>Keyward posts its own events (connections to authorize again, jobs that gave up, a broken audit chain) to these URLs, signed per Standard Webhooks.</source>
        <translation>Keyward envoie ses propres événements (connexions à réautoriser, tâches abandonnées, chaîne d&apos;audit rompue) à ces URL, signés selon Standard Webhooks.</translation>
    </message>
    <message>
        <source>No event endpoints yet.</source>
        <translation>Aucun point de terminaison d&apos;événements pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add one for each receiver.</source>
        <translation>Ajoutez-en un pour chaque récepteur.</translation>
    </message>
    <message>
        <source>A Security Administrator adds them.</source>
        <translation>C&apos;est un Administrateur de la sécurité qui les ajoute.</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Sources (%1)</translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation>Act&amp;iver</translation>
    </message>
    <message>
        <source>Event endpoints (%1)</source>
        <translation>Points de terminaison d&apos;événements (%1)</translation>
    </message>
    <message>
        <source>Added endpoint %1: Keyward posts %2 to %3.</source>
        <translation>Point de terminaison %1 ajouté&#xa0;: Keyward envoie %2 à %3.</translation>
    </message>
    <message>
        <source>Signing secret of endpoint %1</source>
        <translation>Secret de signature du point de terminaison %1</translation>
    </message>
    <message>
        <source>Endpoint %1 (%2) receives %3, signed per Standard Webhooks with this secret: its receiver checks the webhook-signature header with it.</source>
        <translation>Le point de terminaison %1 (%2) reçoit %3, signés selon Standard Webhooks avec ce secret&#xa0;: son récepteur vérifie l&apos;en-tête webhook-signature avec ce secret.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown once.&lt;/b&gt; Keyward keeps the secret in your OS keychain only to sign with: copy it into the receiver&apos;s configuration now, then close this window.</source>
        <translation>&lt;b&gt;Affiché une seule fois.&lt;/b&gt; Keyward conserve le secret dans le trousseau de clés de votre système uniquement pour signer&#xa0;: copiez-le maintenant dans la configuration du récepteur, puis fermez cette fenêtre.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s signing secret</source>
        <translation>Le secret de signature du point de terminaison</translation>
    </message>
    <message>
        <source>Switched endpoint %1 on: it receives new events again.</source>
        <translation>Point de terminaison %1 activé&#xa0;: il reçoit de nouveau les nouveaux événements.</translation>
    </message>
    <message>
        <source>Switched endpoint %1 off: Keyward sends it no events until it is switched on again.</source>
        <translation>Point de terminaison %1 désactivé&#xa0;: Keyward ne lui envoie plus d&apos;événements jusqu&apos;à ce qu&apos;il soit réactivé.</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <source>Remove endpoint %1 (%2)? Keyward stops posting events to it and deletes its undelivered events and its signing secret.</source>
        <translation>Supprimer le point de terminaison %1 (%2)&#xa0;? Keyward cesse de lui envoyer des événements et supprime ses événements non livrés ainsi que son secret de signature.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed endpoint %1 (%2) and its signing secret.</source>
        <translation>Le point de terminaison %1 (%2) et son secret de signature ont été supprimés.</translation>
    </message>
    <message>
        <source>&amp;Configure receiver…</source>
        <translation>&amp;Configurer le récepteur…</translation>
    </message>
    <message>
        <source>Switch the webhook receiver on or off, choose its address and certificate</source>
        <translation>Activer ou désactiver le récepteur de webhooks, choisir son adresse et son certificat</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Récepteur</translation>
    </message>
    <message>
        <source>Where this console receives webhooks</source>
        <translation>Où cette console reçoit les webhooks</translation>
    </message>
    <message>
        <source>Senders post signed events to /webhooks/NAME on the receiver (this console&apos;s, when the Receiver tab switches it on, or keyward-cli serve&apos;s). Keyward checks each signature with the source&apos;s secrets (kept in your OS keychain; only fingerprints are shown), records the delivery with secret headers redacted, and applies providers&apos; revocation events to the connections they concern.</source>
        <translation>Les expéditeurs envoient des événements signés à /webhooks/NAME sur le récepteur (celui de cette console, s’il est activé dans l’onglet Récepteur, ou celui de keyward-cli serve). Keyward vérifie chaque signature avec les secrets de la source (conservés dans le trousseau du système ; seules les empreintes sont affichées), enregistre la livraison avec les en-têtes secrets masqués et applique les événements de révocation des fournisseurs aux connexions concernées.</translation>
    </message>
    <message>
        <source>Receiving on %1/webhooks/NAME.</source>
        <translation>Réception sur %1/webhooks/NAME.</translation>
    </message>
    <message>
        <source>The certificate is self-signed and made anew at each start (SHA-256 %1): senders must be told to trust it, so use it only for local tests.</source>
        <translation>Le certificat est autosigné et recréé à chaque démarrage (SHA-256 %1) : il faut dire aux expéditeurs de lui faire confiance, donc ne l’utilisez que pour des tests locaux.</translation>
    </message>
    <message>
        <source>Certificate %1 (SHA-256 %2).</source>
        <translation>Certificat %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Switched on for %1, but not running: %2</source>
        <translation>Activé pour %1, mais ne tourne pas : %2</translation>
    </message>
    <message>
        <source>Off: this console does not receive webhooks. keyward-cli serve --webhooks-listen can, or switch the receiver on here (it then starts with the console and with keyward-cli serve).</source>
        <translation>Désactivé : cette console ne reçoit pas de webhooks. keyward-cli serve --webhooks-listen le peut, ou activez le récepteur ici (il démarre alors avec la console et avec keyward-cli serve).</translation>
    </message>
    <message>
        <source>The webhook receiver listens on %1.</source>
        <translation>Le récepteur de webhooks écoute sur %1.</translation>
    </message>
    <message>
        <source>The webhook receiver is off.</source>
        <translation>Le récepteur de webhooks est désactivé.</translation>
    </message>
    <message>
        <source>Google&apos;s keys, for %1</source>
        <translation>Clés de Google, pour %1</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks</name>
    <message>
        <source>A source name is 1 to 64 lowercase letters, digits, &quot;-&quot; or &quot;_&quot; (it becomes the path /webhooks/NAME).</source>
        <translation>Un nom de source se compose de 1 à 64 lettres minuscules, chiffres, &quot;-&quot; ou &quot;_&quot; (il devient le chemin /webhooks/NAME).</translation>
    </message>
    <message>
        <source>The timestamp tolerance must be between 1 and %1 seconds.</source>
        <translation>La tolérance d&apos;horodatage doit être comprise entre 1 et %1 secondes.</translation>
    </message>
    <message>
        <source>The rate limit must be between 1 and 1,000,000 deliveries a second.</source>
        <translation>La limite de débit doit être comprise entre 1 et 1&#xa0;000&#xa0;000 livraisons par seconde.</translation>
    </message>
    <message>
        <source>The secret is shorter than 16 bytes: use the secret the sender generated, or generate a long random one.</source>
        <translation>Le secret fait moins de 16 octets&#xa0;: utilisez le secret généré par l&apos;expéditeur, ou générez-en un long et aléatoire.</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret is &quot;whsec_&quot; followed by base64; this one does not decode.</source>
        <translation>Un secret Standard Webhooks se compose de &quot;whsec_&quot; suivi de base64&#xa0;; celui-ci ne se décode pas.</translation>
    </message>
    <message>
        <source>No %1.</source>
        <translation>Introuvable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>webhook source &quot;%1&quot; (see `webhooks sources list`)</source>
        <translation>source de webhooks &quot;%1&quot; (voir `webhooks sources list`)</translation>
    </message>
    <message>
        <source>webhook delivery %1</source>
        <translation>livraison de webhook %1</translation>
    </message>
    <message>
        <source>The delivery could not be recorded (the store refused the row).</source>
        <translation>La livraison n’a pas pu être enregistrée (le stockage a refusé la ligne).</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::EventPublisher</name>
    <message>
        <source>An endpoint is an https:// URL (http:// only for localhost or 127.0.0.1), not &quot;%1&quot;.</source>
        <translation>Un point de terminaison est une URL https:// (http:// uniquement pour localhost ou 127.0.0.1), et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;; the events are %2, or * for all of them.</source>
        <translation>Événement inconnu &quot;%1&quot;&#xa0;; les événements sont %2, ou * pour tous.</translation>
    </message>
    <message>
        <source>No webhook endpoint %1 (see `webhooks endpoints list`).</source>
        <translation>Aucun point de terminaison de webhook %1 (voir `webhooks endpoints list`).</translation>
    </message>
    <message>
        <source>Switched off by an administrator.</source>
        <translation>Désactivé par un administrateur.</translation>
    </message>
    <message>
        <source>The message no longer exists (its endpoint was removed).</source>
        <translation>Le message n&apos;existe plus (son point de terminaison a été supprimé).</translation>
    </message>
    <message>
        <source>The message was delivered or given up already.</source>
        <translation>Le message a déjà été livré ou abandonné.</translation>
    </message>
    <message>
        <source>The endpoint is switched off.</source>
        <translation>Le point de terminaison est désactivé.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s circuit is open: waiting before trying again.</source>
        <translation>Le disjoncteur du point de terminaison est ouvert&#xa0;: attente avant une nouvelle tentative.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1.</source>
        <translation>Le point de terminaison a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The endpoint answered 410 Gone: it asked not to be sent anything more.</source>
        <translation>Le point de terminaison a répondu 410 Gone&#xa0;: il a demandé à ne plus rien recevoir.</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts; the last: %2</source>
        <translation>Abandon après %1 tentatives&#xa0;; la dernière&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::ReceiverSettings</name>
    <message>
        <source>Give both a certificate and a key file, or neither (a self-signed certificate for local use).</source>
        <translation>Indiquez à la fois un fichier de certificat et un fichier de clé, ou aucun des deux (un certificat autosigné pour un usage local).</translation>
    </message>
    <message>
        <source>The listen address takes ADDRESS:PORT, such as 127.0.0.1:8443 or [::]:8443 (port 0: any free port).</source>
        <translation>L’adresse d’écoute prend la forme ADRESSE:PORT, par exemple 127.0.0.1:8443 ou [::]:8443 (port 0 : n’importe quel port libre).</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::RevocationEvents</name>
    <message>
        <source>The %1 event cannot be applied: %2. Nothing was changed; look at the delivery&apos;s body.</source>
        <translation>L&apos;événement %1 ne peut pas être appliqué&#xa0;: %2. Rien n&apos;a été modifié&#xa0;; examinez le corps de la livraison.</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>le corps n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>it lists no user or bot ids</source>
        <translation>il ne contient aucun identifiant d&apos;utilisateur ou de bot</translation>
    </message>
    <message>
        <source>it names no team</source>
        <translation>il n&apos;indique aucune équipe</translation>
    </message>
    <message>
        <source>it names no sender</source>
        <translation>il n&apos;indique aucun expéditeur</translation>
    </message>
    <message>
        <source>it names no account</source>
        <translation>il n&apos;indique aucun compte</translation>
    </message>
    <message>
        <source>its subject has no &quot;sub&quot; (only iss-sub subjects are matched)</source>
        <translation>son sujet n&apos;a pas de &quot;sub&quot; (seuls les sujets iss-sub sont pris en compte)</translation>
    </message>
    <message>
        <source>its body names no shop (myshopify_domain)</source>
        <translation>son corps ne nomme aucune boutique (myshopify_domain)</translation>
    </message>
    <message>
        <source>its X-Shopify-Shop-Domain header names another shop than its signed body</source>
        <translation>son en-tête X-Shopify-Shop-Domain nomme une autre boutique que son corps signé</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::TlsIdentity</name>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>Impossible de lire le fichier de certificat %1.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Cannot read the private key file %1.</source>
        <translation>Impossible de lire le fichier de clé privée %1.</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>%1 ne contient aucune clé privée PEM non chiffrée (RSA ou EC).</translation>
    </message>
    <message>
        <source>Could not make a self-signed certificate (OpenSSL failed).</source>
        <translation>Impossible de créer un certificat autosigné (échec d&apos;OpenSSL).</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::Verdict</name>
    <message>
        <source>The generic signature scheme&apos;s configuration is not usable: %1.</source>
        <translation>La configuration du schéma de signature générique n&apos;est pas utilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>encoding must be hex or base64</source>
        <translation>encoding doit valoir hex ou base64</translation>
    </message>
    <message>
        <source>digest must be sha256, sha512 or sha1</source>
        <translation>digest doit valoir sha256, sha512 ou sha1</translation>
    </message>
    <message>
        <source>signature_header is empty</source>
        <translation>signature_header est vide</translation>
    </message>
    <message>
        <source>payload must contain {body}</source>
        <translation>payload doit contenir {body}</translation>
    </message>
    <message>
        <source>a timestamp_header needs {timestamp} in the payload, and the other way round</source>
        <translation>un timestamp_header nécessite {timestamp} dans le payload, et inversement</translation>
    </message>
    <message>
        <source>{id} in the payload needs an id_header</source>
        <translation>{id} dans le payload nécessite un id_header</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>La signature est valide.</translation>
    </message>
    <message>
        <source>The delivery carries no signature header of this scheme: check the source&apos;s scheme and that the sender signs its deliveries.</source>
        <translation>La livraison ne comporte aucun en-tête de signature de ce schéma&#xa0;: vérifiez le schéma de la source et que l&apos;expéditeur signe bien ses livraisons.</translation>
    </message>
    <message>
        <source>The signature header is not in this scheme&apos;s format: check the source&apos;s scheme.</source>
        <translation>L&apos;en-tête de signature n&apos;est pas au format de ce schéma&#xa0;: vérifiez le schéma de la source.</translation>
    </message>
    <message>
        <source>The delivery carries no signed timestamp, which this scheme requires.</source>
        <translation>La livraison ne comporte aucun horodatage signé, alors que ce schéma en exige un.</translation>
    </message>
    <message>
        <source>The signed timestamp is not a number of seconds since 1970.</source>
        <translation>L&apos;horodatage signé n&apos;est pas un nombre de secondes depuis 1970.</translation>
    </message>
    <message>
        <source>The delivery carries no message id, which this scheme signs.</source>
        <translation>La livraison ne comporte aucun identifiant de message, alors que ce schéma le signe.</translation>
    </message>
    <message>
        <source>The signature matches, but it was made longer ago than the tolerance allows: a replay, or a clock that is wrong here or at the sender.</source>
        <translation>La signature correspond, mais elle a été créée il y a plus longtemps que la tolérance ne le permet&#xa0;: un rejeu, ou une horloge déréglée ici ou chez l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The signature matches, but it is dated further ahead than the tolerance allows: check the clocks here and at the sender.</source>
        <translation>La signature correspond, mais elle est datée plus loin dans le futur que la tolérance ne le permet&#xa0;: vérifiez les horloges ici et chez l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>No active secret produces this signature: the secret differs from the sender&apos;s, or the body was changed on the way.</source>
        <translation>Aucun secret actif ne produit cette signature&#xa0;: le secret diffère de celui de l&apos;expéditeur, ou le corps a été modifié en chemin.</translation>
    </message>
    <message>
        <source>The source has no active secret: add one before deliveries can be accepted.</source>
        <translation>La source n&apos;a aucun secret actif&#xa0;: ajoutez-en un pour que les livraisons puissent être acceptées.</translation>
    </message>
    <message>
        <source>The google-risc configuration is not usable: %1.</source>
        <translation>La configuration google-risc n&apos;est pas utilisable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&quot;audience&quot; must list the OAuth client ids the tokens are for</source>
        <translation>&quot;audience&quot; doit lister les ID client OAuth auxquels les tokens sont destinés</translation>
    </message>
    <message>
        <source>&quot;jwks_uri&quot; must be an https:// URL and &quot;issuer&quot; not empty</source>
        <translation>&quot;jwks_uri&quot; doit être une URL https:// et &quot;issuer&quot; ne doit pas être vide</translation>
    </message>
    <message>
        <source>The token names a signing key the issuer&apos;s key set does not have (yet): Keyward fetches the keys again, and the sender&apos;s retry will be checked against them.</source>
        <translation>Le token désigne une clé de signature que le jeu de clés de l&apos;émetteur ne contient pas (encore)&#xa0;: Keyward récupère à nouveau les clés, et la nouvelle tentative de l&apos;expéditeur sera vérifiée avec elles.</translation>
    </message>
    <message>
        <source>The token is signed correctly but comes from another issuer or is meant for another audience than the source is configured for.</source>
        <translation>Le token est correctement signé, mais il provient d&apos;un autre émetteur ou est destiné à une autre audience que celle configurée pour la source.</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::WebhookServer</name>
    <message>
        <source>Cannot listen for webhooks on %1:%2 (%3): choose another address or port.</source>
        <translation>Impossible d&apos;écouter les webhooks sur %1:%2 (%3)&#xa0;: choisissez une autre adresse ou un autre port.</translation>
    </message>
</context>
<context>
    <name>Keyward::Webhooks::WebhookService</name>
    <message>
        <source>Only the generic scheme takes a configuration.</source>
        <translation>Seul le schéma générique accepte une configuration.</translation>
    </message>
    <message>
        <source>A webhook source named &quot;%1&quot; exists already.</source>
        <translation>Une source de webhooks nommée &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>The overlap must be between 0 seconds and 30 days.</source>
        <translation>Le chevauchement doit être compris entre 0 seconde et 30 jours.</translation>
    </message>
    <message>
        <source>This secret is already active for the source.</source>
        <translation>Ce secret est déjà actif pour la source.</translation>
    </message>
    <message>
        <source>At most %1 deliveries can be replayed at once; narrow the selection.</source>
        <translation>Au plus %1 livraisons peuvent être rejouées à la fois&#xa0;; réduisez la sélection.</translation>
    </message>
    <message>
        <source>None of these deliveries can be replayed: only verified deliveries are processed (see `webhooks list`).</source>
        <translation>Aucune de ces livraisons ne peut être rejouée&#xa0;: seules les livraisons vérifiées sont traitées (voir `webhooks list`).</translation>
    </message>
    <message>
        <source>Its source no longer exists.</source>
        <translation>Sa source n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Keyward takes no action on &quot;%1&quot; events.</source>
        <translation>Keyward n&apos;effectue aucune action pour les événements &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Revoked at the provider (%1).</source>
        <translation>Révoquée auprès du fournisseur (%1).</translation>
    </message>
    <message>
        <source>The provider asks for reauthorization (%1).</source>
        <translation>Le fournisseur demande une réautorisation (%1).</translation>
    </message>
    <message>
        <source>Connection %1 (%2) was revoked at the provider.</source>
        <translation>La connexion %1 (%2) a été révoquée auprès du fournisseur.</translation>
    </message>
    <message>
        <source>Connection %1 (%2) needs reauthorization.</source>
        <translation>La connexion %1 (%2) doit être réautorisée.</translation>
    </message>
    <message>
        <source>%1: no connection here matches.</source>
        <translation>%1&#xa0;: aucune connexion ne correspond ici.</translation>
    </message>
    <message>
        <source>A google-risc source has no secret: Google signs its tokens with its own keys.</source>
        <translation>Une source google-risc n&apos;a pas de secret&#xa0;: Google signe ses tokens avec ses propres clés.</translation>
    </message>
    <message numerus="yes">
        <source>%1: marked %n connection(s) revoked.</source>
        <translation>
            <numerusform>%1&#xa0;: %n connexion marquée comme révoquée.</numerusform>
            <numerusform>%1&#xa0;: %n connexions marquées comme révoquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n connection(s) need reauthorization.</source>
        <translation>
            <numerusform>%1&#xa0;: %n connexion doit être réautorisée.</numerusform>
            <numerusform>%1&#xa0;: %n connexions doivent être réautorisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored webhook receiver settings are unreadable: set them again (Webhooks page, or `keyward-cli webhooks receiver set`).</source>
        <translation>Les réglages enregistrés du récepteur de webhooks sont illisibles : définissez-les à nouveau (page Webhooks, ou `keyward-cli webhooks receiver set`).</translation>
    </message>
</context>
</TS>
