// The parts of Graph API objects the connectors read (fields requested explicitly in each call).

export interface FbFrom {
  id?: string;
  name?: string;
}

export interface FbAttachment {
  type?: string;
  media_type?: string;
  url?: string;
  media?: { image?: { src?: string } };
}

export interface FbPost {
  id: string;
  message?: string;
  created_time: string;
  from?: FbFrom;
  permalink_url?: string;
  attachments?: { data?: FbAttachment[] };
}

export interface FbComment {
  id: string;
  message?: string;
  created_time: string;
  from?: FbFrom;
  parent?: { id?: string };
  permalink_url?: string;
  attachment?: FbAttachment;
}

export interface IgMedia {
  id: string;
  caption?: string;
  timestamp: string;
  permalink?: string;
  media_type?: string;
  media_url?: string;
  username?: string;
}

export interface IgComment {
  id: string;
  text?: string;
  timestamp: string;
  username?: string;
  from?: { id?: string; username?: string };
  parent_id?: string;
  hidden?: boolean;
  media?: { id?: string };
  replies?: { data?: IgComment[] };
}

export const FB_POST_FIELDS = 'id,message,created_time,from{id,name},permalink_url,attachments{media_type,url,media}';
export const FB_COMMENT_FIELDS = 'id,message,created_time,from{id,name},parent{id},permalink_url,attachment{type,url,media}';
export const IG_MEDIA_FIELDS = 'id,caption,timestamp,permalink,media_type,username';
export const IG_TAG_FIELDS = 'id,caption,timestamp,permalink,media_type,media_url,username';
const IG_COMMENT_BASE = 'id,text,timestamp,username,from{id,username},parent_id,hidden';
export const IG_COMMENT_FIELDS = `${IG_COMMENT_BASE},replies{${IG_COMMENT_BASE}}`;
