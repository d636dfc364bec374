<?php
// Installs WordPress (run with the site as the working directory), sets comments up as the tests
// need (moderation on, threads 5 deep), and imports every WordPress export in the folder given
// as the first argument, keeping comment threads. Prints what it imported, one line a post.
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require './wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if (is_blog_installed()) {
    echo "already installed\n";
    exit(0);
}
wp_install('Lectern test site', 'admin', 'admin@example.org', true, '', 'lectern-admin-password');
update_option('permalink_structure', '/%postname%/');
update_option('comment_moderation', '1');
update_option('comment_previously_approved', '0');
update_option('thread_comments', '1');
update_option('thread_comments_depth', '5');
update_option('require_name_email', '1');
update_option('comment_registration', '0');
update_option('default_comment_status', 'open');
update_option('close_comments_for_old_posts', '0');
update_option('page_comments', '0');
// Content goes in as the export has it (scripts included), as an import by an administrator
// would: the tests prove the reader never runs it.
wp_set_current_user(1);
kses_remove_filters();

$folder = $argv[1] ?? '';
foreach (glob(rtrim($folder, '/') . '/*.xml') ?: [] as $file) {
    import_wxr($file);
}

function import_wxr(string $file): void {
    libxml_use_internal_errors(true);
    $xml = simplexml_load_file($file, 'SimpleXMLElement', LIBXML_NOCDATA | LIBXML_PARSEHUGE);
    if ($xml === false) {
        echo basename($file) . ": not well-formed, skipped\n";
        return;
    }
    $namespaces = $xml->getDocNamespaces(true);
    $wp_ns = $namespaces['wp'] ?? 'http://wordpress.org/export/1.2/';
    $content_ns = $namespaces['content'] ?? 'http://purl.org/rss/1.0/modules/content/';
    $excerpt_ns = $namespaces['excerpt'] ?? 'http://wordpress.org/export/1.2/excerpt/';
    $dc_ns = $namespaces['dc'] ?? 'http://purl.org/dc/elements/1.1/';
    foreach ($xml->channel->item as $item) {
        $wp = $item->children($wp_ns);
        $type = (string) $wp->post_type;
        $status = (string) $wp->status;
        if (!in_array($type, ['post', 'page'], true) || !in_array($status, ['publish', 'private'], true)) {
            continue;
        }
        // WordPress expects slashed input and unslashes it: slash it, so a backslash in the
        // export is a backslash on the site (as WordPress's own importer keeps it).
        $id = wp_insert_post(wp_slash([
            'post_title' => (string) $item->title,
            'post_content' => (string) $item->children($content_ns)->encoded,
            'post_excerpt' => (string) $item->children($excerpt_ns)->encoded,
            'post_name' => (string) $wp->post_name,
            'post_date' => (string) $wp->post_date,
            'post_date_gmt' => (string) $wp->post_date_gmt,
            'post_status' => $status,
            'post_type' => $type,
            'post_password' => (string) $wp->post_password,
            'comment_status' => (string) $wp->comment_status ?: 'open',
            'post_author' => 1,
        ]), true);
        if (is_wp_error($id)) {
            echo basename($file) . ': ' . $item->title . ': ' . $id->get_error_message() . "\n";
            continue;
        }
        $new_ids = [];
        $parents = [];
        foreach ($wp->comment as $comment) {
            if ((string) $comment->comment_approved !== '1') {
                continue;
            }
            $old = (string) $comment->comment_id;
            $new_ids[$old] = wp_insert_comment(wp_slash([
                'comment_post_ID' => $id,
                'comment_author' => (string) $comment->comment_author,
                'comment_author_email' => (string) $comment->comment_author_email,
                'comment_author_url' => (string) $comment->comment_author_url,
                'comment_date' => (string) $comment->comment_date,
                'comment_date_gmt' => (string) $comment->comment_date_gmt,
                'comment_content' => (string) $comment->comment_content,
                'comment_approved' => 1,
                'comment_type' => (string) $comment->comment_type ?: 'comment',
                'comment_parent' => 0,
            ]));
            $parents[$old] = (string) $comment->comment_parent;
        }
        foreach ($parents as $old => $parent) {
            if ($parent !== '' && $parent !== '0' && isset($new_ids[$parent], $new_ids[$old])) {
                wp_update_comment(['comment_ID' => $new_ids[$old], 'comment_parent' => $new_ids[$parent]]);
            }
        }
        printf("%s: %d %s %s (%d comments)\n", basename($file), $id, $type, $wp->post_name, count($new_ids));
    }
}
